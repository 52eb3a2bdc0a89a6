package cn.xxgk.calendar.web;

import cn.xxgk.calendar.boundary.CalendarAdministration;
import cn.xxgk.calendar.control.MovedDeadline;
import cn.xxgk.platform.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** The calendar screen's import of a year's arrangement (holiday-cn JSON or iCalendar) for the year shown. */
@Named
@RequestScoped
public class YearImportView {

    @Inject
    CalendarAdministration administration;

    @Inject
    CalendarView calendar;

    @Inject
    Messages messages;

    private Part upload;

    public void importFile() throws IOException {
        if (upload == null) {
            messages.error(null, "calendar.import.empty");
            return;
        }
        byte[] content;
        try (InputStream in = upload.getInputStream()) {
            content = in.readNBytes(1024 * 1024);
        }
        int year = calendar.getYear();
        List<MovedDeadline> moved = administration.importYear(year, upload.getSubmittedFileName(), content);
        messages.info(null, "calendar.imported", String.valueOf(year), moved.size());
        calendar.changed(moved);
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }
}
