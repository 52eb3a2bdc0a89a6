package cn.xxgk.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PortalWebTest {

    @Test
    void theTextSizeLinkOnlyEverGoesBackToAPortalPage() {
        assertEquals("/public/search?q=a", TextSizeServlet.safeBack("/public/search?q=a"));
        assertEquals("/public/", TextSizeServlet.safeBack("https://evil.example/"));
        assertEquals("/public/", TextSizeServlet.safeBack("//evil.example/public/"));
        assertEquals("/public/", TextSizeServlet.safeBack("/admin/users.xhtml"));
        assertEquals("/public/", TextSizeServlet.safeBack("/public/x\r\nSet-Cookie: a=b"));
        assertEquals("/public/", TextSizeServlet.safeBack(null));
    }

    @Test
    void anEntryAddressForwardsToTheEntryViewWithBothParts() {
        PublicAddresses addresses = new PublicAddresses();

        assertEquals("/public/entry.xhtml?org=MB1532375&serial=2019-00045", addresses.viewOf("/public/entry/MB1532375/2019-00045"));
        assertEquals("/public/index.xhtml", addresses.viewOf("/public/"));
        assertEquals(null, addresses.viewOf("/public/entry/a/b/c"));
    }
}
