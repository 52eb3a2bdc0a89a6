package cn.xxgk.request.entity;

/**
 * How a consultation letter went to the third party or the other agency (Arts. 32, 34): its 15
 * working days run from the day it receives the letter ("自收到征求意见书之日起十五个工作日内").
 */
public enum LetterDelivery {
    /** 直接送达: handed over by the office; received the day it is sent. */
    IN_PERSON,
    /** 邮寄: received on the day signed for, which the office records when the receipt comes back. */
    POST;

    /** The day the addressee receives a letter sent that day, or null while it is not known yet. */
    public java.time.LocalDate receivedOnSending(java.time.LocalDate sentOn) {
        return this == IN_PERSON ? sentOn : null;
    }
}
