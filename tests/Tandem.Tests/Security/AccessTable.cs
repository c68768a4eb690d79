namespace Tandem.Tests.Security;

/// <summary>
/// Who may use each endpoint and page of Tandem: one line per endpoint, as "METHOD route" exactly as the app's
/// EndpointDataSource has it (pages: GET only). The roles and visibility table of docs/security.md are the
/// law this table writes down; AccessTableTests sends every line's request as every <see cref="Viewer"/> and fails on
/// any other answer, on an endpoint of the app without a line here, and on a line for an endpoint the app no longer has.
/// The fixture (AccessFixture) says which resource fills each route: "the employee" is the subject wherever a route
/// names a person, a goal is the employee's private goal, a 1:1 is manager ↔ employee, feedback is the peer's to the
/// employee "to the person and manager".
/// </summary>
public static class AccessTable
{
    private const Viewer Employee = Viewer.Employee, Peer = Viewer.Peer, Manager = Viewer.Manager, Ceo = Viewer.Ceo, Hr = Viewer.Hr,
        OtherManager = Viewer.OtherManager, Stranger = Viewer.Stranger, Anonymous = Viewer.Anonymous;
    private const Access Allowed = Access.Allowed, Forbidden = Access.Forbidden, Hidden = Access.Hidden;

    /// <summary>Anyone, signed in or not.</summary>
    public static readonly Expect Public = Expect.Only(Allowed).But(Allowed, Anonymous, Stranger);

    /// <summary>Everyone in the organisation (lists show each viewer what they may see).</summary>
    public static readonly Expect AnyMember = Expect.Only(Allowed);

    /// <summary>HR admins; the endpoint's policy refuses everyone else.</summary>
    public static readonly Expect HrOnly = Expect.Only(Forbidden, Hr);

    /// <summary>Org admins (the ceo).</summary>
    public static readonly Expect OrgAdminOnly = Expect.Only(Forbidden, Ceo);

    /// <summary>HR admins and org admins.</summary>
    public static readonly Expect AdminOnly = Expect.Only(Forbidden, Hr, Ceo);

    /// <summary>The two people of the 1:1 (manager and employee); nobody else learns that it exists.</summary>
    public static readonly Expect Participants = Expect.Only(Hidden, Employee, Manager);

    /// <summary>The employee, their manager chain (manager, ceo) and HR admins; nobody else learns that it exists.</summary>
    public static readonly Expect OwnerChainAndHr = Expect.Only(Hidden, Employee, Manager, Ceo, Hr);

    /// <summary>Changed by the employee alone: their manager chain and HR admins read it but are refused.</summary>
    public static readonly Expect OwnerChanges = OwnerChainAndHr.But(Forbidden, Manager, Ceo, Hr);

    /// <summary>The employee's own (their token, request, plan action): nobody else learns that it exists.</summary>
    public static readonly Expect OwnerOnly = Expect.Only(Hidden, Employee);

    /// <summary>
    /// The stranger is an HR and org admin, so policies let them in; then the first organisation's ids are unknown in
    /// theirs (404), and a route without an id answers for their own organisation.
    /// </summary>
    public static Access StrangerByRoute(string endpoint) => endpoint.Contains(":guid}", StringComparison.Ordinal) ? Hidden : Allowed;

    /// <summary>
    /// Not in the table: static files (public by design, EndpointAuthorizationTests), and the error and status pages
    /// that render another request's failure (/error, /status/{code}, /not-found).
    /// </summary>
    public static bool IsExcluded(string route) => route is "/error" or "/status/{code:int}" or "/not-found";

    public static IReadOnlyList<(string Endpoint, Expect Expect)> Lines { get; } =
    [
        // Platform
        ("GET /health", Public),
        ("GET /openapi/{documentName}.json", Public),
        // The framework's redirect helper for interactive rendering, which Tandem doesn't use (PagesSetup).
        ("GET /_framework/opaque-redirect", AnyMember),

        // Sign-in and the account (bodies: the employee's real credentials, refresh token and pending invitation)
        ("POST /api/v1/auth/login", Public),
        ("POST /api/v1/auth/refresh", Public),
        ("POST /api/v1/invitations/accept", Public),
        ("POST /api/v1/auth/password-reset", Public),
        ("POST /api/v1/auth/password-reset/confirm", Public),
        ("GET /api/v1/me", AnyMember),
        ("GET /api/v1/me/tokens", AnyMember),
        ("POST /account/logout", AnyMember),
        ("GET /account", AnyMember),
        ("GET /account/login", Public),
        ("GET /account/access-denied", Public),
        ("GET /invite/{Token}", Public),
        ("GET /account/forgot", Public),
        ("GET /account/reset", Public),

        // Organisation and audit
        ("GET /api/v1/organization", AnyMember),
        ("PUT /api/v1/organization", OrgAdminOnly),
        ("GET /admin/organization", OrgAdminOnly),
        ("GET /api/v1/audit", AdminOnly),
        ("GET /api/v1/audit/export", AdminOnly),
        ("GET /api/metrics", AdminOnly),
        ("GET /admin", AdminOnly),
        ("GET /admin/audit", AdminOnly),

        // People: the directory, org chart and profiles are the organisation's; changes HR's, roles org admins'
        ("GET /api/v1/people", AnyMember),
        ("GET /api/v1/people/{id:guid}", AnyMember),
        ("POST /api/v1/people", HrOnly),
        ("PUT /api/v1/people/{id:guid}", HrOnly),
        ("PUT /api/v1/people/{id:guid}/roles", OrgAdminOnly),
        ("POST /api/v1/people/{id:guid}/invitation", AdminOnly),
        ("GET /api/v1/invitations", AdminOnly),
        ("GET /admin/invitations", AdminOnly),
        ("POST /api/v1/people/import", HrOnly),
        ("GET /api/v1/people/export", HrOnly),
        ("GET /api/v1/org-chart", AnyMember),
        ("GET /api/v1/org-chart/search", AnyMember),
        ("GET /api/v1/departments", AnyMember),
        ("POST /api/v1/departments", HrOnly),
        ("PUT /api/v1/departments/{id:guid}", HrOnly),
        ("GET /api/v1/teams", AnyMember),
        ("POST /api/v1/teams", HrOnly),
        ("PUT /api/v1/teams/{id:guid}", HrOnly),
        // The manager's branch; a stranger's unknown id has no branch, the same as any id that doesn't exist.
        ("GET /org/branches/{id:guid}", AnyMember.But(Allowed, Stranger)),
        ("GET /", AnyMember),
        ("GET /team", AnyMember),
        ("GET /org", AnyMember),
        ("GET /people", AnyMember),
        ("GET /people/new", HrOnly),
        ("GET /people/{Id:guid}", AnyMember),
        ("GET /people/{Id:guid}/edit", HrOnly),
        ("GET /admin/departments", HrOnly),
        ("GET /admin/import", HrOnly),
        // The people picker's suggestions: the directory is everyone's (people who left are not offered).
        ("GET /people/matches", AnyMember),

        // Search: each viewer finds what they may read (people, readable goals; teams and departments for HR admins)
        ("GET /api/v1/search", AnyMember),
        ("GET /search", AnyMember),
        ("GET /search/suggest", AnyMember),

        // Goals: the employee's private goal and its key result; the team goal for assigning
        ("GET /api/v1/goals", AnyMember),
        ("GET /api/v1/goals/tree", AnyMember),
        ("GET /api/v1/goals/{id:guid}", OwnerChainAndHr),
        ("GET /api/v1/goals/{id:guid}/children", OwnerChainAndHr),
        ("POST /api/v1/goals", AnyMember),
        ("PUT /api/v1/goals/{id:guid}", OwnerChanges),
        ("DELETE /api/v1/goals/{id:guid}", OwnerChanges),
        ("PUT /api/v1/goals/{id:guid}/status", OwnerChanges),
        ("POST /api/v1/goals/{id:guid}/key-results", OwnerChanges),
        ("GET /api/v1/goals/{id:guid}/comments", OwnerChainAndHr),
        ("POST /api/v1/goals/{id:guid}/comments", OwnerChainAndHr),
        ("POST /api/v1/goals/{id:guid}/submit", OwnerChanges),
        // The direct manager approves, and HR admins; never one's own goal, and managers above only comment and propose.
        ("POST /api/v1/goals/{id:guid}/decision", OwnerChainAndHr.But(Forbidden, Employee, Ceo)),
        // The public team goal of the manager's team: everyone reads it; the manager who leads the team and HR assign it.
        ("POST /api/v1/goals/{id:guid}/assign", Expect.Only(Forbidden, Manager, Hr)),
        ("GET /api/v1/goals/insights/coverage", AnyMember),
        ("GET /api/v1/goals/insights/forecast", AnyMember),
        ("POST /api/v1/goals/import", HrOnly),
        ("GET /api/v1/goals/export", HrOnly),
        ("PUT /api/v1/key-results/{id:guid}", OwnerChanges),
        ("DELETE /api/v1/key-results/{id:guid}", OwnerChanges),
        ("POST /api/v1/key-results/{id:guid}/check-ins", OwnerChanges),
        ("GET /api/v1/goal-periods", AnyMember),
        ("POST /api/v1/goal-periods", HrOnly),
        ("POST /api/v1/goal-periods/{id:guid}/close", HrOnly),
        ("GET /goals/smart", AnyMember),
        ("GET /goals/tree/branches/{id:guid}", OwnerChainAndHr),
        ("GET /goals", AnyMember),
        ("GET /goals/new", AnyMember),
        ("GET /goals/{Id:guid}", OwnerChainAndHr),
        ("GET /goals/{Id:guid}/comments", OwnerChainAndHr),
        // The editor opens only for who may change the goal; for everyone else it doesn't exist.
        ("GET /goals/{Id:guid}/edit", OwnerOnly),
        ("GET /goals/tree", AnyMember),
        ("GET /goals/insights", AnyMember),
        ("GET /goals/periods", HrOnly),
        ("GET /admin/goals/import", HrOnly),

        // 1:1s: the series manager ↔ employee, its next meeting, the employee's shared topic and next step
        ("GET /api/v1/one-on-ones", AnyMember),
        ("POST /api/v1/one-on-ones", AnyMember),
        ("GET /api/v1/one-on-ones/{id:guid}", Participants),
        ("PUT /api/v1/one-on-ones/{id:guid}", Participants),
        ("POST /api/v1/one-on-ones/{id:guid}/end", Participants),
        ("GET /api/v1/one-on-ones/{id:guid}/meetings", Participants),
        ("GET /api/v1/one-on-ones/{id:guid}/commitments", Participants),
        // The pair's numbers, never content: the pair, the lead's (manager's) managers and HR admins.
        ("GET /api/v1/one-on-ones/{id:guid}/metrics", OwnerChainAndHr),
        // The manager's numbers as a lead: the manager, their managers (ceo) and HR admins.
        ("GET /api/v1/people/{personId:guid}/one-on-ones", Expect.Only(Hidden, Manager, Ceo, Hr)),
        ("GET /api/v1/meetings/{id:guid}", Participants),
        ("POST /api/v1/meetings/{id:guid}/topics", Participants),
        ("PUT /api/v1/meetings/{id:guid}/notes", Participants),
        ("PUT /api/v1/meetings/{id:guid}/private-note", Participants),
        ("POST /api/v1/meetings/{id:guid}/commitments", Participants),
        ("PUT /api/v1/meetings/{id:guid}/wrap-up", Participants),
        ("POST /api/v1/meetings/{id:guid}/cancel", Participants),
        ("POST /api/v1/meetings/{id:guid}/reschedule", Participants),
        ("POST /api/v1/meetings/{id:guid}/rating", Participants),
        ("POST /api/v1/meetings/{id:guid}/questions", Participants),
        ("POST /api/v1/meetings/{id:guid}/hold", Participants),
        // Both mark a topic discussed or move it; only its author (the employee) rewords or removes it.
        ("PUT /api/v1/topics/{id:guid}", Participants),
        ("DELETE /api/v1/topics/{id:guid}", Participants.But(Forbidden, Manager)),
        // A next step is marked done by its owner, removed by whoever wrote it (the employee both).
        ("PUT /api/v1/commitments/{id:guid}", Participants.But(Forbidden, Manager)),
        ("DELETE /api/v1/commitments/{id:guid}", Participants.But(Forbidden, Manager)),
        ("GET /api/v1/meeting-templates", AnyMember),
        // HR admins keep the library, managers (anyone with direct reports) their own.
        ("POST /api/v1/meeting-templates", Expect.Only(Forbidden, Manager, Ceo, Hr, OtherManager)),
        // The manager's own template: the manager and HR admins change it.
        ("PUT /api/v1/meeting-templates/{id:guid}", Expect.Only(Forbidden, Manager, Hr)),
        ("GET /api/v1/coaching-questions", AnyMember),
        ("POST /api/v1/coaching-questions", HrOnly),
        ("POST /api/v1/me/calendar-feed", AnyMember),
        // The secret address is the credential (calendar apps can't sign in).
        ("GET /calendar/{token}.ics", Public),
        ("GET /one-on-ones/meetings/{id:guid}/events", Participants),
        ("GET /one-on-ones/meetings/{id:guid}/parts/{part}", Participants),
        ("GET /one-on-ones", AnyMember),
        ("GET /one-on-ones/new", AnyMember),
        ("GET /one-on-ones/{Id:guid}", Participants),
        ("GET /one-on-ones/{Id:guid}/settings", Participants),
        ("GET /one-on-ones/meetings/{Id:guid}", Participants),
        ("GET /one-on-ones/questions", AnyMember),
        ("GET /one-on-ones/templates", AnyMember),
        // The empty form opens for anyone (its link shows to HR admins and managers); saving it is the API's rule above.
        ("GET /one-on-ones/templates/new", AnyMember),
        // The editor opens only for who may change the template; for everyone else it doesn't exist.
        ("GET /one-on-ones/templates/{Id:guid}", Expect.Only(Hidden, Manager, Hr)),

        // Notifications: the peer's notice of the employee's request for feedback
        ("GET /api/v1/notifications", AnyMember),
        ("POST /api/v1/notifications/read", AnyMember),
        ("POST /api/v1/notifications/{id:guid}/read", Expect.Only(Hidden, Peer)),
        ("GET /notifications", AnyMember),
        ("GET /api/v1/notifications/settings", AnyMember),
        ("PUT /api/v1/notifications/settings", AnyMember),
        ("GET /notifications/settings", AnyMember),
        ("GET /api/v1/notifications/defaults", HrOnly),
        ("PUT /api/v1/notifications/defaults", HrOnly),
        ("GET /admin/notifications", HrOnly),
        // An email's unsubscribe link ("other"'s): the signed token is the authority, whoever holds it.
        ("GET /unsubscribe/{Token}", Public),
        ("POST /unsubscribe/{token}", Public),

        // Feedback: the peer's feedback to the employee "to the person and manager"; the employee's request
        ("POST /api/v1/feedback", AnyMember),
        ("GET /api/v1/feedback/received", AnyMember),
        ("GET /api/v1/feedback/given", AnyMember),
        ("GET /api/v1/feedback/praise", AnyMember),
        // A list of what the viewer may read about the employee; for an unknown id it is empty, as for any id that doesn't exist.
        ("GET /api/v1/people/{personId:guid}/feedback", AnyMember),
        // The person and their direct manager (HR admins have no extra right over feedback).
        ("GET /api/v1/people/{personId:guid}/feedback-balance", Expect.Only(Hidden, Employee, Manager)),
        ("GET /api/v1/people/{personId:guid}/feedback-themes", Expect.Only(Hidden, Employee, Manager)),
        // Giver, receiver and the receiver's direct manager; not the chain above, not HR.
        ("GET /api/v1/feedback/{id:guid}", Expect.Only(Hidden, Employee, Peer, Manager)),
        ("POST /api/v1/feedback/{id:guid}/reactions", Expect.Only(Hidden, Employee, Peer, Manager)),
        ("GET /api/v1/feedback/check", AnyMember),
        ("POST /api/v1/feedback-requests", AnyMember),
        ("GET /api/v1/feedback-requests", AnyMember),
        ("GET /api/v1/feedback-requests/for-me", AnyMember),
        ("GET /api/v1/feedback-requests/{id:guid}", OwnerOnly),
        ("GET /api/v1/values", AnyMember),
        ("POST /api/v1/values", HrOnly),
        ("PUT /api/v1/values/{id:guid}", HrOnly),
        ("GET /feedback/check", AnyMember),
        ("GET /feedback", AnyMember),
        ("GET /feedback/give", AnyMember),
        ("GET /feedback/praise", AnyMember),
        ("GET /feedback/request", AnyMember),
        ("GET /admin/values", HrOnly),

        // Development: the framework and role profiles are HR's; the employee's capabilities and shared plan are theirs, their chain's and HR's
        ("GET /api/v1/capabilities", AnyMember),
        ("POST /api/v1/capabilities", HrOnly),
        ("POST /api/v1/capabilities/categories", HrOnly),
        ("PUT /api/v1/capabilities/{id:guid}", HrOnly),
        ("PUT /api/v1/capabilities/scale/{level:int}", HrOnly),
        ("POST /api/v1/capabilities/import", HrOnly),
        ("GET /api/v1/capabilities/export", HrOnly),
        ("GET /api/v1/capability-gaps/organization", HrOnly),
        // Without a team: the viewer's own direct reports (none for most).
        ("GET /api/v1/capability-gaps/team", AnyMember),
        ("GET /api/v1/role-profiles", AnyMember),
        ("POST /api/v1/role-profiles", HrOnly),
        ("PUT /api/v1/role-profiles/{id:guid}", HrOnly),
        ("GET /api/v1/people/{personId:guid}/capabilities", OwnerChainAndHr),
        // The person (self) and their direct manager assess; the chain above and HR read but don't.
        ("POST /api/v1/people/{personId:guid}/assessments", OwnerChainAndHr.But(Forbidden, Ceo, Hr)),
        ("GET /api/v1/people/{personId:guid}/plan", OwnerChainAndHr),
        ("PUT /api/v1/me/plan", AnyMember),
        ("POST /api/v1/me/plan/share", AnyMember),
        ("POST /api/v1/me/plan/actions", AnyMember),
        ("PUT /api/v1/me/plan/actions/{id:guid}", OwnerOnly),
        ("GET /api/v1/learning-resources", AnyMember),
        ("POST /api/v1/learning-resources", HrOnly),
        ("GET /development/framework", AnyMember),
        ("GET /development/framework/import", HrOnly),
        ("GET /development/learning", AnyMember),
        ("GET /development/gaps", HrOnly),
        ("GET /development/team", AnyMember),
        ("GET /development/profiles", HrOnly),
        ("GET /development/profiles/new", HrOnly),
        ("GET /development/profiles/{Id:guid}", HrOnly),
        ("GET /people/{Id:guid}/capabilities", OwnerChainAndHr),
        ("GET /people/{Id:guid}/plan", OwnerChainAndHr),

        // Reviews: HR runs cycles and templates; the fixture's cycle is open (self reviews), over the whole organisation, with peers
        ("GET /api/v1/review-templates", HrOnly),
        ("GET /api/v1/review-templates/library", HrOnly),
        ("POST /api/v1/review-templates/library", HrOnly),
        ("GET /api/v1/review-templates/{id:guid}", HrOnly),
        ("POST /api/v1/review-templates", HrOnly),
        ("PUT /api/v1/review-templates/{id:guid}", HrOnly),
        ("GET /api/v1/review-cycles", HrOnly),
        ("POST /api/v1/review-cycles", HrOnly),
        ("GET /api/v1/review-cycles/{id:guid}", HrOnly),
        ("PUT /api/v1/review-cycles/{id:guid}", HrOnly),
        ("GET /api/v1/review-cycles/{id:guid}/preview", HrOnly),
        ("POST /api/v1/review-cycles/{id:guid}/open", HrOnly),
        ("POST /api/v1/review-cycles/{id:guid}/advance", HrOnly),
        ("POST /api/v1/review-cycles/{id:guid}/participants", HrOnly),
        ("DELETE /api/v1/review-cycles/{id:guid}/participants/{personId:guid}", HrOnly),
        ("GET /api/v1/review-cycles/{id:guid}/progress", HrOnly),
        ("GET /api/v1/review-cycles/{id:guid}/export", HrOnly),
        // Everyone in the cycle proposes their own peers.
        ("PUT /api/v1/review-cycles/{id:guid}/nominations", AnyMember),
        // The employee's results before release: their reviewing manager, the chain above and HR; not yet the employee.
        ("GET /api/v1/review-cycles/{id:guid}/people/{personId:guid}", Expect.Only(Hidden, Manager, Ceo, Hr)),
        ("GET /api/v1/review-cycles/{id:guid}/people/{personId:guid}/nominations", Expect.Only(Hidden, Employee, Manager, Hr)),
        ("PUT /api/v1/review-cycles/{id:guid}/people/{personId:guid}/nominations", Expect.Only(Hidden, Manager).But(Forbidden, Employee, Hr)),
        ("POST /api/v1/review-cycles/{id:guid}/people/{personId:guid}/release", Expect.Only(Hidden, Manager, Hr).But(Forbidden, Ceo)),
        ("POST /api/v1/review-cycles/{id:guid}/people/{personId:guid}/acknowledge", Expect.Only(Hidden).But(Forbidden, Manager, Ceo, Hr)),
        ("POST /api/v1/review-cycles/{id:guid}/people/{personId:guid}/conversation", Expect.Only(Hidden, Manager).But(Forbidden, Ceo, Hr)),
        // Recognition: the reviewing manager and HR record it (the fixture's manager review isn't in: 409); the chain above
        // reads it but is refused; the person never learns of it.
        ("PUT /api/v1/review-cycles/{id:guid}/people/{personId:guid}/recognition", Expect.Only(Hidden, Manager, Ceo, Hr).But(Forbidden, Ceo)),
        ("GET /api/v1/me/reviews", AnyMember),
        // The employee's self review: its writer's alone.
        ("GET /api/v1/reviews/{id:guid}", OwnerOnly),
        ("PUT /api/v1/reviews/{id:guid}", OwnerOnly),
        ("POST /api/v1/reviews/{id:guid}/submit", OwnerOnly),
        ("GET /reviews", AnyMember),
        ("GET /reviews/{Id:guid}", OwnerOnly),
        ("GET /reviews/cycles/{Id:guid}/people/{PersonId:guid}", Expect.Only(Hidden, Manager, Ceo, Hr)),
        ("GET /reviews/cycles/{Id:guid}/people/{PersonId:guid}/peers", Expect.Only(Hidden, Employee, Manager, Hr)),
        ("GET /admin/reviews", HrOnly),
        ("GET /admin/reviews/new", HrOnly),
        ("GET /admin/reviews/templates", HrOnly),
        ("GET /admin/reviews/templates/new", HrOnly),
        ("GET /admin/reviews/templates/{Id:guid}", HrOnly),
        ("GET /admin/reviews/{Id:guid}", HrOnly),
        // Calibration: HR admins and the session's participants (the fixture's session has the manager alone); the ceo manages
        // the employee but is not in it.
        ("POST /api/v1/review-cycles/{id:guid}/calibration-sessions", HrOnly),
        ("GET /api/v1/review-cycles/{id:guid}/fairness", HrOnly),
        ("GET /api/v1/calibration-sessions", AnyMember),
        ("GET /api/v1/calibration-sessions/{id:guid}", Expect.Only(Hidden, Manager, Hr)),
        ("POST /api/v1/calibration-sessions/{id:guid}/entries/{entryId:guid}/changes", Expect.Only(Hidden, Manager, Hr)),
        ("GET /calibration", AnyMember),
        ("GET /calibration/{Id:guid}", Expect.Only(Hidden, Manager, Hr)),
        ("GET /calibration/{Id:guid}/entries/{EntryId:guid}", Expect.Only(Hidden, Manager, Hr)),
        ("GET /admin/reviews/{Id:guid}/calibration", HrOnly),
        // Improvement plans: the employee's, set up by the manager; the person, their chain and HR read it; the direct
        // manager sets one up; the manager and HR add checkpoints and the outcome; the person alone comments.
        ("GET /api/v1/people/{personId:guid}/improvement-plans", OwnerChainAndHr),
        ("POST /api/v1/people/{personId:guid}/improvement-plans", OwnerChainAndHr.But(Forbidden, Employee, Ceo, Hr)),
        ("GET /api/v1/improvement-plans/{id:guid}", OwnerChainAndHr),
        ("POST /api/v1/improvement-plans/{id:guid}/checkpoints", OwnerChainAndHr.But(Forbidden, Employee, Ceo)),
        ("POST /api/v1/improvement-plans/{id:guid}/checkpoints/{checkpointId:guid}/comment", OwnerChainAndHr.But(Forbidden, Manager, Ceo, Hr)),
        ("POST /api/v1/improvement-plans/{id:guid}/outcome", OwnerChainAndHr.But(Forbidden, Employee, Ceo)),
        ("GET /people/{PersonId:guid}/improvement", OwnerChainAndHr),
        ("GET /improvement-plans/{Id:guid}", OwnerChainAndHr),
        // Talent review: HR admins and the review's participants (the fixture's has the manager); its role is held by "other",
        // its successor is the employee. HR alone sets up reviews, participants and roles.
        ("GET /api/v1/talent-reviews", AnyMember),
        ("POST /api/v1/talent-reviews", HrOnly),
        ("GET /api/v1/talent-reviews/{id:guid}", Expect.Only(Hidden, Manager, Hr)),
        ("PUT /api/v1/talent-reviews/{id:guid}/participants", Expect.Only(Hidden, Manager, Hr).But(Forbidden, Manager)),
        ("POST /api/v1/talent-reviews/{id:guid}/key-roles", Expect.Only(Hidden, Manager, Hr).But(Forbidden, Manager)),
        ("GET /api/v1/key-roles/{id:guid}", Expect.Only(Hidden, Manager, Hr)),
        ("PUT /api/v1/key-roles/{id:guid}", Expect.Only(Hidden, Manager, Hr)),
        ("DELETE /api/v1/key-roles/{id:guid}", Expect.Only(Hidden, Manager, Hr).But(Forbidden, Manager)),
        ("POST /api/v1/key-roles/{id:guid}/successors", Expect.Only(Hidden, Manager, Hr)),
        ("PUT /api/v1/key-roles/{id:guid}/successors/{successorId:guid}", Expect.Only(Hidden, Manager, Hr)),
        ("DELETE /api/v1/key-roles/{id:guid}/successors/{successorId:guid}", Expect.Only(Hidden, Manager, Hr)),
        ("GET /talent", AnyMember),
        ("GET /talent/{Id:guid}", Expect.Only(Hidden, Manager, Hr)),
        ("GET /talent/roles/{Id:guid}", Expect.Only(Hidden, Manager, Hr)),
        ("GET /talent/roles/{Id:guid}/successors/{SuccessorId:guid}", Expect.Only(Hidden, Manager, Hr)),
        // The equity view's attributes: HR admins alone.
        ("GET /api/v1/person-attributes", HrOnly),
        ("POST /api/v1/person-attributes/import", HrOnly),
        ("DELETE /api/v1/person-attributes", HrOnly),
        ("GET /admin/attributes", HrOnly),
    ];
}

/// <summary>Who sends a request in the walk (<see cref="AccessTableTests"/>): the people of <see cref="Infrastructure.TestOrg"/>.</summary>
public enum Viewer
{
    /// <summary>Nobody signed in.</summary>
    Anonymous,
    /// <summary>The person the fixture is about: owns the private goal, the plan and the token; the 1:1's partner; receives the feedback.</summary>
    Employee,
    /// <summary>A colleague with the same manager; gave the employee the feedback.</summary>
    Peer,
    /// <summary>The employee's direct manager; leads the 1:1 and keeps the meeting template.</summary>
    Manager,
    /// <summary>Org admin at the top of the tree: the manager chain above the employee.</summary>
    Ceo,
    /// <summary>HR admin; reports to the ceo, not in the employee's line.</summary>
    Hr,
    /// <summary>Manager of another branch.</summary>
    OtherManager,
    /// <summary>HR and org admin of another organisation, sending the first one's ids.</summary>
    Stranger,
}

/// <summary>What a viewer gets, as a class of responses.</summary>
public enum Access
{
    /// <summary>2xx; or 400, 409, 422: past the rules of access, refused for the request's content (bodies are meant to fail).</summary>
    Allowed,
    /// <summary>403; a page redirects to /account/access-denied.</summary>
    Forbidden,
    /// <summary>404: as if it did not exist.</summary>
    Hidden,
    /// <summary>401 from the API; a page redirects to /account/login.</summary>
    SignIn,
}

/// <summary>The access of every viewer to one endpoint.</summary>
public sealed class Expect
{
    private readonly Access?[] _access;

    private Expect(Access?[] access) => _access = access;

    /// <summary>
    /// These people of the organisation are allowed, the rest of it gets <paramref name="others"/>; anonymous callers are
    /// asked to sign in; the stranger follows <see cref="AccessTable.StrangerByRoute"/>.
    /// </summary>
    public static Expect Only(Access others, params Viewer[] allowed)
    {
        var access = new Access?[Enum.GetValues<Viewer>().Length];
        foreach (var viewer in Enum.GetValues<Viewer>()) access[(int)viewer] = allowed.Contains(viewer) ? Access.Allowed : others;
        access[(int)Viewer.Anonymous] = Access.SignIn;
        access[(int)Viewer.Stranger] = null;
        return new Expect(access);
    }

    /// <summary>The same, except that these viewers get <paramref name="access"/>.</summary>
    public Expect But(Access access, params Viewer[] viewers)
    {
        var copy = (Access?[])_access.Clone();
        foreach (var viewer in viewers) copy[(int)viewer] = access;
        return new Expect(copy);
    }

    public Access For(Viewer viewer, string endpoint) => _access[(int)viewer] ?? AccessTable.StrangerByRoute(endpoint);
}
