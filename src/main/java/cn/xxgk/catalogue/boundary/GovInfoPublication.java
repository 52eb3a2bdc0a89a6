package cn.xxgk.catalogue.boundary;

import static cn.xxgk.identity.entity.Role.Names.OFFICE_HEAD;
import static cn.xxgk.identity.entity.Role.Names.OFFICE_STAFF;

import cn.xxgk.audit.boundary.Audited;
import cn.xxgk.catalogue.control.Callers;
import cn.xxgk.catalogue.control.IndexNumberAllocator;
import cn.xxgk.catalogue.control.PublicationDeadline;
import cn.xxgk.catalogue.entity.Caller;
import cn.xxgk.catalogue.entity.ChainStep;
import cn.xxgk.catalogue.entity.ChannelKind;
import cn.xxgk.catalogue.entity.ChannelRecord;
import cn.xxgk.catalogue.entity.GovInfo;
import cn.xxgk.catalogue.entity.Publication;
import cn.xxgk.identity.boundary.AgencySetup;
import cn.xxgk.identity.boundary.Directory;
import cn.xxgk.platform.control.InvalidInputException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The chain's end, the office's: cataloguing (the gap-free index number), the other agency's
 * confirmation (seed 二(三)4, with the day it was given), and publication today on the agency's
 * channels, which closes the publication deadline (Art. 26).
 */
@Stateless
@RolesAllowed({OFFICE_STAFF, OFFICE_HEAD})
public class GovInfoPublication {

    static final String TYPE = GovInfoChain.TYPE;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    Directory directory;

    @Inject
    PublicationDeadline deadline;

    @Inject
    AgencySetup agencies;

    @Inject
    IndexNumberAllocator indexNumbers;

    @Inject
    CatalogueSettings settings;

    @Inject
    Clock clock;

    /** Gives the next index number of this year (gap-free; concurrent cataloguings wait for each other). */
    @Audited(action = "GOV_INFO_CATALOGUE", objectType = TYPE)
    public GovInfo catalogue(Long id, long seenVersion) {
        return GovInfoChain.ITEMS.change(em, id, seenVersion, info -> {
            Caller caller = caller();
            info.check(ChainStep.CATALOGUED, caller, Set.of()); // before a serial is taken: no lock for a refusal
            info.catalogue(indexNumbers.next(agencies.organisationCode(),
                    LocalDate.now(clock).getYear()), caller, now());
        });
    }

    /** The other agency's confirmation; {@code confirmedOn} is the day it was given, when not today. */
    @Audited(action = "GOV_INFO_AGENCY_CONFIRMATION", objectType = TYPE)
    public GovInfo recordAgencyConfirmation(Long id, long seenVersion, String confirmedBy, String text,
                                            LocalDate confirmedOn) {
        return GovInfoChain.ITEMS.change(em, id, seenVersion,
                info -> info.recordAgencyConfirmation(confirmedBy, text, confirmedOn, caller(), now()));
    }

    /**
     * Publishes a catalogued PROACTIVE entry today on the agency's channels and closes its
     * publication deadline. A typed published date other than today is refused (Art. 26: lateness
     * is measured by the day of publication); a channel may carry the earlier day it appeared there.
     */
    @Audited(action = "GOV_INFO_PUBLISH", objectType = TYPE)
    public GovInfo publish(Long id, long seenVersion, LocalDate typedPublishedDate, List<ChannelRecord> channels) {
        Publication.requireNoOtherPublishedDate(typedPublishedDate, LocalDate.now(clock));
        Set<String> offered = settings.channels(true).stream().map(ChannelKind::getCode).collect(Collectors.toSet());
        for (ChannelRecord channel : channels == null ? List.<ChannelRecord>of() : channels) {
            if (!offered.contains(channel.getChannel())) {
                throw new InvalidInputException("catalogue.invalid.unknownChannel", channel.getChannel());
            }
        }
        return GovInfoChain.ITEMS.change(em, id, seenVersion, info -> {
            info.publish(channels, caller(), now());
            deadline.close(info);
        });
    }

    private Caller caller() {
        return Callers.of(session, directory);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
