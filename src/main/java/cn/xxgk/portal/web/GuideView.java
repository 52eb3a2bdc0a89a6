package cn.xxgk.portal.web;

import cn.xxgk.portal.boundary.DisclosureGuide;
import cn.xxgk.portal.entity.GuideVersion;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The public disclosure guide (/public/guide): the newest version, cleaned once more before it is shown. */
@Named("publicGuide")
@RequestScoped
public class GuideView {

    @Inject
    DisclosureGuide guide;

    private GuideVersion current;
    private boolean loaded;

    public GuideVersion getCurrent() {
        if (!loaded) {
            current = guide.current().orElse(null);
            loaded = true;
        }
        return current;
    }

    public String getBody() {
        return getCurrent() == null ? "" : cn.xxgk.portal.control.SafeHtml.clean(getCurrent().getBodyHtml());
    }
}
