package cn.xxgk.workspace.web;

import cn.xxgk.identity.entity.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;
import java.util.Set;

/**
 * The main menu, by role: each entry names the roles that see it. A component adds its screens
 * here; the pages themselves are protected in web.xml and the boundaries, so the menu only
 * decides what is shown, never what is allowed.
 */
@Named
@RequestScoped
public class MenuView {

    /** An entry: bundle key of its label, the page, a PrimeIcons icon, and the roles that see it (empty: all). */
    public record Entry(String labelKey, String outcome, String icon, Set<Role> roles) {
    }

    static final List<Entry> ENTRIES = List.of(
            new Entry("menu.home", "/index.xhtml", "pi pi-home", Set.of()),
            new Entry("menu.reminders", "/reminders.xhtml", "pi pi-bell", Set.of()),
            new Entry("menu.govinfo", "/catalogue/queue.xhtml", "pi pi-inbox", Set.of(Role.DEPT_STAFF, Role.DEPT_HEAD,
                    Role.OFFICE_STAFF, Role.OFFICE_HEAD, Role.LEADER_IN_CHARGE, Role.DIRECTOR, Role.SECRECY_OFFICER)),
            new Entry("menu.catalogue", "/catalogue/entries.xhtml", "pi pi-book", Set.of()),
            new Entry("menu.late", "/catalogue/late.xhtml", "pi pi-clock", Set.of(Role.DEPT_HEAD, Role.OFFICE_STAFF,
                    Role.OFFICE_HEAD, Role.LEADER_IN_CHARGE, Role.DIRECTOR)),
            new Entry("menu.requests", "/request/list.xhtml", "pi pi-envelope", Set.of(Role.OFFICE_STAFF, Role.OFFICE_HEAD)),
            new Entry("menu.catalogueSettings", "/catalogue/settings.xhtml", "pi pi-cog",
                    Set.of(Role.OFFICE_STAFF, Role.OFFICE_HEAD)),
            new Entry("menu.departments", "/admin/departments.xhtml", "pi pi-sitemap",
                    Set.of(Role.OFFICE_STAFF, Role.OFFICE_HEAD)),
            new Entry("menu.users", "/admin/users.xhtml", "pi pi-users", Set.of(Role.OFFICE_STAFF, Role.OFFICE_HEAD)),
            // import: the historical catalogue import; portal: the disclosure guide's editor (issue #14)
            new Entry("menu.import", "/catalogue/import.xhtml", "pi pi-upload", Set.of(Role.OFFICE_HEAD)),
            new Entry("menu.portalGuide", "/portal/guide.xhtml", "pi pi-file-edit", Set.of(Role.OFFICE_HEAD)),
            new Entry("search.index.title", "/admin/search-index.xhtml", "pi pi-search", Set.of(Role.OFFICE_HEAD)),
            new Entry("menu.calendar", "/calendar/index.xhtml", "pi pi-calendar",
                    Set.of(Role.OFFICE_STAFF, Role.OFFICE_HEAD)),
            new Entry("menu.audit", "/audit/log.xhtml", "pi pi-history", Set.of(Role.OFFICE_HEAD, Role.DISCIPLINE)),
            // yearreport: the live statistics and the annual report
            new Entry("statistics.menu", "/statistics/index.xhtml", "pi pi-chart-bar",
                    Set.of(Role.OFFICE_STAFF, Role.OFFICE_HEAD, Role.LEADER_IN_CHARGE, Role.DIRECTOR)),
            // assessment (issue #15 item 4)
            new Entry("menu.assessment", "/assessment/index.xhtml", "pi pi-star", Set.of(Role.OFFICE_STAFF,
                    Role.OFFICE_HEAD, Role.LEADER_IN_CHARGE, Role.DIRECTOR, Role.DISCIPLINE)),
            // archive: 档案归档
            new Entry("menu.archive", "/archive/index.xhtml", "pi pi-box", Set.of(Role.OFFICE_STAFF, Role.OFFICE_HEAD, Role.DISCIPLINE)));

    @Inject
    SecurityContext security;

    public List<Entry> getEntries() {
        return ENTRIES.stream()
                .filter(e -> e.roles().isEmpty() || e.roles().stream().anyMatch(r -> security.isCallerInRole(r.name())))
                .toList();
    }
}
