package cn.xxgk.notification.api;

import cn.xxgk.notification.boundary.ReminderOperations;
import cn.xxgk.notification.boundary.ReminderOperations.PassResult;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** POST /api/v1/notifications/pass: run a reminder pass now (office head). */
@Path("notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

    @Inject
    ReminderOperations operations;

    @POST
    @Path("pass")
    public PassResult pass() {
        return operations.runPass();
    }
}
