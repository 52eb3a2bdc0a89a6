package cn.xxgk.portal.web;

import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.List;

/**
 * A component of the public pages that writes the items of a list, given in one attribute, straight to the
 * response (escaped by the writer): one component instead of a repeat with expressions per item, which is
 * where the search page spent its rendering time ({@link Highlight}, {@link Options}).
 */
abstract class ListComponent extends UIComponentBase {

    static final String NAMESPACE = "xxgk:portal";
    private static final String FAMILY = "xxgk.portal";

    private final String attribute;

    ListComponent(String attribute) {
        this.attribute = attribute;
    }

    @Override
    public String getFamily() {
        return FAMILY;
    }

    @Override
    public void encodeBegin(FacesContext context) throws IOException {
        if (getAttributes().get(attribute) instanceof List<?> items) {
            ResponseWriter out = context.getResponseWriter();
            for (Object item : items) {
                write(out, item);
            }
        }
    }

    /** Writes one item of the list. */
    abstract void write(ResponseWriter out, Object item) throws IOException;
}
