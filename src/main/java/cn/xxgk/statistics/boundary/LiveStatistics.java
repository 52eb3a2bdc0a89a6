package cn.xxgk.statistics.boundary;

import static cn.xxgk.identity.entity.Role.Names.DIRECTOR;
import static cn.xxgk.identity.entity.Role.Names.LEADER_IN_CHARGE;
import static cn.xxgk.identity.entity.Role.Names.OFFICE_HEAD;
import static cn.xxgk.identity.entity.Role.Names.OFFICE_STAFF;

import cn.xxgk.catalogue.boundary.CatalogueTallies;
import cn.xxgk.platform.control.NotFoundException;
import cn.xxgk.request.boundary.RequestTallies;
import cn.xxgk.statistics.control.LiveTables;
import cn.xxgk.statistics.control.ReportYears;
import cn.xxgk.statistics.control.StatTable;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The live statistics of a year (seed 一(六)1), for the office and the leaders: counted now by the
 * catalogue and request components' aggregate queries, never kept.
 */
@Stateless
@RolesAllowed({OFFICE_STAFF, OFFICE_HEAD, LEADER_IN_CHARGE, DIRECTOR})
public class LiveStatistics {

    @Inject
    CatalogueTallies catalogue;

    @Inject
    RequestTallies requests;

    @Inject
    ReportYears years;

    @Inject
    Clock clock;

    public List<StatTable> of(int year) {
        years.existing(year);
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        return LiveTables.of(catalogue.fixedBetween(first, last), requests.received(first, last, LocalDate.now(clock)));
    }

    public StatTable table(int year, String id) {
        return of(year).stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("statistics.invalid.table"));
    }
}
