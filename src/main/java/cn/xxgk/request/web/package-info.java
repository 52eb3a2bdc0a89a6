/**
 * Web layer of the request component: the office's screens (受理登记 IntakeView, 我的申请/全部申请
 * RequestListView, 申请详情 RequestView with the step forms of ProcedureActions and ReplyActions, the
 * hand-over to another handler of AssignActions, the office head's audited IdNumberView) and the home
 * page's RequestTasks; the portal's /public/apply (PublicApplyView) and /public/status (PublicStatusView), plain
 * forms that work without JavaScript. Thin JSF beans, one boundary call per action; RequestSteps only chooses which
 * forms to offer, the boundary decides, and StepFields says on which field of a form its refusal shows.
 */
package cn.xxgk.request.web;
