package cn.xxgk.portal.web;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.List;

/**
 * {@code <pub:options choices="#{searchChoices.subjects}" selected="#{publicSearch.subject}"/>}: the
 * {@code <option>}s of a plain GET form's {@code <select>}, the chosen one marked, written straight to the
 * response (escaped by the writer) instead of a repeat with two expressions for each of the ~45 options
 * (about 6 % of the search page's CPU in the search benchmark).
 */
@FacesComponent(value = Options.TYPE, createTag = true, tagName = "options", namespace = Highlight.NAMESPACE)
public class Options extends UIComponentBase {

    static final String TYPE = "xxgk.portal.Options";

    @Override
    public String getFamily() {
        return TYPE;
    }

    @Override
    public void encodeBegin(FacesContext context) throws IOException {
        ResponseWriter out = context.getResponseWriter();
        Object selected = getAttributes().get("selected");
        if (getAttributes().get("choices") instanceof List<?> choices) {
            for (Object each : choices) {
                SearchChoices.Choice choice = (SearchChoices.Choice) each;
                out.startElement("option", this);
                out.writeAttribute("value", choice.value(), null);
                if (choice.value().equals(selected)) {
                    out.writeAttribute("selected", "selected", null);
                }
                out.writeText(choice.label(), null);
                out.endElement("option");
            }
        }
    }
}
