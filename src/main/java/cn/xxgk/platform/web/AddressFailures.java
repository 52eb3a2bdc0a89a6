package cn.xxgk.platform.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A page opened by its address (a GET, not a form post) that cannot show what the address names
 * gets the error page of the right status instead of a half-loaded page or the 500 page: 404 for an
 * unknown id, 403 for an object of another department, 400 for a parameter that is missing or cannot
 * be read ({@code ?id=abc}, {@code ?scope=all}: JSF then skips the page's view action, so its data
 * was never loaded). As a phase listener (faces-config.xml) it checks the parameters after validation.
 */
public class AddressFailures implements PhaseListener {

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.PROCESS_VALIDATIONS;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        if (!faces.isPostback() && faces.isValidationFailed()) {
            send(faces, 400);
        }
    }

    /** Ends the request of a page opened by its address with the error page of the status; false for a form post. */
    static boolean send(FacesContext faces, int status) {
        ExternalContext external = faces.getExternalContext();
        if (faces.isPostback() || external.isResponseCommitted()) {
            return false;
        }
        try {
            external.responseSendError(status, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
        return true;
    }
}
