package cn.xxgk.portal.web;

import cn.xxgk.search.boundary.SnippetPart;
import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.List;

/**
 * {@code <pub:highlight parts="#{hit.snippetParts()}"/>}: a title or snippet with the query's matches in
 * {@code <mark>}, written straight to the response (escaped by the writer) instead of a repeat of two
 * fragments per part, which cost the result list most of its rendering time.
 */
@FacesComponent(value = Highlight.TYPE, createTag = true, tagName = "highlight", namespace = Highlight.NAMESPACE)
public class Highlight extends UIComponentBase {

    static final String TYPE = "xxgk.portal.Highlight";
    static final String NAMESPACE = "xxgk:portal";

    @Override
    public String getFamily() {
        return TYPE;
    }

    @Override
    public void encodeBegin(FacesContext context) throws IOException {
        ResponseWriter out = context.getResponseWriter();
        if (getAttributes().get("parts") instanceof List<?> parts) {
            for (Object each : parts) {
                SnippetPart part = (SnippetPart) each;
                if (part.hit()) {
                    out.startElement("mark", this);
                    out.writeText(part.text(), null);
                    out.endElement("mark");
                } else {
                    out.writeText(part.text(), null);
                }
            }
        }
    }
}
