package cn.xxgk.platform.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import org.primefaces.context.PrimeApplicationContext;
import org.primefaces.context.PrimeFacesContext;

/**
 * PrimeFaces compares a postback's CSP nonce (primefaces.nonce, which its script adds to every form
 * and ajax request of a page) with the one it gave the view, but only when it renders the answer:
 * after the action has run (issue #13: three accounts created, then "page expired"), and never for
 * a post that renders nothing (a download, a redirect). This listener asks for that comparison as
 * soon as the view is restored. A post without the page's nonce then fails there with PrimeFaces'
 * CspException, before any value is applied or action runs; FacesFailureHandler records it and
 * web.xml shows the "page expired" page, as for a post without a live view state.
 * <p>
 * Registered in faces-config.xml. A post from another site's page does not get this far:
 * {@link CrossOriginFilter} has refused it.
 */
public class NonceBeforeActions implements PhaseListener {

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        if (faces.isPostback() && faces.getViewRoot() != null && !faces.getResponseComplete() && !restoreFailed(faces)
                && PrimeApplicationContext.getCurrentInstance(faces).getConfig().isCsp()) {
            PrimeFacesContext.getCspState(faces).getNonce(); // throws CspException when it is not the page's
        }
    }

    /** No live view state (ViewExpiredException queued): that is refused and recorded already. */
    private static boolean restoreFailed(FacesContext faces) {
        return faces.getExceptionHandler().getUnhandledExceptionQueuedEvents().iterator().hasNext();
    }
}
