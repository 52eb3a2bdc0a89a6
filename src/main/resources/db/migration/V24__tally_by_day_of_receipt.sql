-- The annual request table counts a request from its day of receipt (Art. 31; request.entity.DayOfReceipt):
-- for a request filed online the day the office confirmed it (receipt_confirmed_on, Art. 31(3)),
-- for the other channels received_on. The covering index of V20 gains the two columns the rule
-- reads (channel, receipt_confirmed_on), so the year's count still reads only the index, in the
-- same two ranges of the reply day (replied from the year's start on, or not replied).
CREATE INDEX ix_disclosure_request_tally_receipt ON disclosure_request
    (replied_on, channel, received_on, receipt_confirmed_on, state, applicant_type, organisation_kind, outcome,
     outcome_reason);
DROP INDEX ix_disclosure_request_tally ON disclosure_request;
ALTER TABLE disclosure_request RENAME INDEX ix_disclosure_request_tally_receipt TO ix_disclosure_request_tally;
