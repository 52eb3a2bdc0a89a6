package cn.xxgk.catalogue.api;

import cn.xxgk.catalogue.boundary.CatalogueSettings;
import cn.xxgk.catalogue.entity.ChannelKind;
import cn.xxgk.catalogue.entity.SignOffDelegationSetting;
import cn.xxgk.catalogue.entity.SubjectCategory;
import cn.xxgk.catalogue.entity.SubjectSubcategory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * /api/v1/catalogue-settings: the catalogue's configured lists. Reading is public (the portal
 * shows the channels and groups entries by the second level); changes are the office head's.
 */
@Path("catalogue-settings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "catalogue-settings", description = "目录设置：二级分类、发布渠道、重点公开内容责任处室")
public class CatalogueSettingsResource {

    @Inject
    CatalogueSettings settings;

    @GET
    @Operation(summary = "目录设置（公开）", description = "二级分类与发布渠道（含已停用的，active 标明），重点公开内容的责任处室。")
    public Settings read() {
        return new Settings(
                settings.subcategories(false).stream().map(Subcategory::of).toList(),
                settings.channels(false).stream().map(Channel::of).toList(),
                settings.keyContentDepartments().entrySet().stream()
                        .map(e -> new KeyContent(e.getKey().name(), e.getValue())).toList(),
                Delegation.of(settings.signOffDelegation()));
    }

    @POST
    @Path("subcategories")
    @Operation(summary = "添加二级分类（办公室负责人）")
    public Response addSubcategory(Subcategory input) {
        SubjectCategory category = input == null ? null
                : GovInfoJson.parse(SubjectCategory.class, input.category(), "category");
        SubjectSubcategory added = settings.addSubcategory(category, input == null ? null : input.name());
        return Response.status(Response.Status.CREATED).entity(Subcategory.of(added)).build();
    }

    @POST
    @Path("channels")
    @Operation(summary = "添加发布渠道（办公室负责人）")
    public Response addChannel(Channel input) {
        ChannelKind added = settings.addChannel(input == null ? null : input.name());
        return Response.status(Response.Status.CREATED).entity(Channel.of(added)).build();
    }

    @PUT
    @Path("channels/{code}")
    @Operation(summary = "停用或恢复发布渠道（办公室负责人）", description = "停用后不再用于新的发布，已发布的信息保留该渠道记录。")
    public Channel setChannelActive(@PathParam("code") String code, Channel input) {
        if (input == null || input.version() == null) {
            throw new cn.xxgk.platform.control.InvalidInputException("catalogue.api.versionRequired");
        }
        return Channel.of(settings.setChannelActive(code, input.version(), input.active()));
    }

    @PUT
    @Path("sign-off-delegation")
    @Operation(summary = "签发授权（办公室负责人记录）",
            description = "officialDocumentsByLeaderInCharge：是否授权分管领导签发公文（默认否，公文由局主要领导签发，见制度三（四））；依授权签发的信息记录所依授权。")
    public Delegation setSignOffDelegation(Delegation input) {
        if (input == null || input.version() == null) {
            throw new cn.xxgk.platform.control.InvalidInputException("catalogue.api.versionRequired");
        }
        return Delegation.of(settings.setSignOffDelegation(input.officialDocumentsByLeaderInCharge(), input.version()));
    }

    public record Settings(List<Subcategory> subcategories, List<Channel> channels, List<KeyContent> keyContent,
                           Delegation signOffDelegation) {
    }

    /** The agency's sign-off delegation: may the leader in charge also sign official documents. */
    public record Delegation(boolean officialDocumentsByLeaderInCharge, String changedBy, Long version) {
        static Delegation of(SignOffDelegationSetting s) {
            return s == null ? new Delegation(false, null, null)
                    : new Delegation(s.isOfficialDocumentsByLeaderInCharge(), s.getChangedBy(), s.getVersion());
        }
    }

    public record Subcategory(Long id, String category, String name, boolean active, Long version) {
        static Subcategory of(SubjectSubcategory s) {
            return new Subcategory(s.getId(), s.getCategory().name(), s.getName(), s.isActive(), s.getVersion());
        }
    }

    public record Channel(String code, String name, boolean active, boolean builtIn, Long version) {
        static Channel of(ChannelKind c) {
            return new Channel(c.getCode(), c.getName(), c.isActive(), c.isBuiltIn(), c.getVersion());
        }
    }

    public record KeyContent(String category, String department) {
    }
}
