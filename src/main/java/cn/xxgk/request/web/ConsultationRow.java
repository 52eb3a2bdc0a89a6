package cn.xxgk.request.web;

import cn.xxgk.calendar.control.DeadlineStatus;
import cn.xxgk.request.entity.Consultation;

/** A consultation and, while it waits, where the consulted party's working days stand (none before delivery). */
public record ConsultationRow(Consultation consultation, DeadlineStatus answerDeadline) {
}
