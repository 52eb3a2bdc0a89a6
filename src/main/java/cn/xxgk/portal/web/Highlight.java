package cn.xxgk.portal.web;

import cn.xxgk.search.boundary.SnippetPart;
import jakarta.faces.component.FacesComponent;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;

/**
 * {@code <pub:highlight parts="#{hit.snippetParts()}"/>}: a title or snippet with the query's matches in
 * {@code <mark>}, instead of a repeat of two fragments per part, which cost the result list most of its
 * rendering time.
 */
@FacesComponent(value = Highlight.TYPE, createTag = true, tagName = "highlight", namespace = ListComponent.NAMESPACE)
public class Highlight extends ListComponent {

    static final String TYPE = "xxgk.portal.Highlight";

    public Highlight() {
        super("parts");
    }

    @Override
    void write(ResponseWriter out, Object item) throws IOException {
        SnippetPart part = (SnippetPart) item;
        if (part.hit()) {
            out.startElement("mark", this);
            out.writeText(part.text(), null);
            out.endElement("mark");
        } else {
            out.writeText(part.text(), null);
        }
    }
}
