package org.centinela.escalation.application;

import org.centinela.contracts.signal.IncidentReport;
import org.centinela.contracts.signal.Location;

/**
 * What one received signal carried for the brief. Personal data: {@link #toString()} withholds it.
 *
 * @param text        her words; null when she wrote none
 * @param location    where she was; null when the signal carried no location
 * @param report      the documented incident of a REPORT; null otherwise
 * @param senderPhone an unknown sender's number in E.164; null for a defender of the directory
 */
public record SignalDetail(String text, Location location, IncidentReport report, String senderPhone) {

    @Override
    public String toString() {
        return "SignalDetail[withheld]";
    }
}
