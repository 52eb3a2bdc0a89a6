package cn.xxgk.assessment.api;

import cn.xxgk.assessment.api.AssessmentJson.RatingBody;
import cn.xxgk.assessment.api.AssessmentJson.RatingView;
import cn.xxgk.assessment.boundary.Ratings;
import cn.xxgk.assessment.entity.Rating;
import cn.xxgk.platform.control.InvalidInputException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * /api/v1/public/requests/{number}/rating: the applicant rates the reply, without an account, with
 * the query code of the receipt; once, after the reply (400 otherwise, nothing saved).
 */
@Path("public/requests/{number}/rating")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "public", description = "公众：无需登录")
public class PublicRatingResource {

    @Inject
    Ratings ratings;

    @POST
    @Operation(summary = "对答复作满意度评价", description = "queryCode：回执上的查询码；score：1（很不满意）至 5（很满意）。每件申请只可评价一次，答复后方可评价。")
    public Response rate(@PathParam("number") String number, RatingBody body) {
        if (body == null) {
            throw new InvalidInputException("assessment.rating.unknown");
        }
        Rating rating = ratings.rate(number, body.queryCode(), body.score());
        return Response.status(Response.Status.CREATED).entity(new RatingView(number, rating.getScore())).build();
    }
}
