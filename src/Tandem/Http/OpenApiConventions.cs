using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.OpenApi;
using Tandem.Security;

namespace Tandem.Http;

/// <summary>
/// What the OpenAPI document says of the whole API: its description, licence, tags, security, and the error answers
/// an operation may give because of how the API is built rather than what its handler does — 401 without a
/// credential, 403 for a role the policy names or a read-only token on a write, 400 for a query value or body that
/// can't be read (<see cref="BadRequests"/>), 422 for a body that <see cref="RequestValidation"/> finds missing a
/// required member, 429 from a rate limit. The rest (404, 409, the service's own 403 and 422…) comes from the handler's
/// signature: its typed results (<see cref="Problems"/>). The document passes <c>redocly lint</c> (tools/openapi-lint,
/// run by <c>ApiContractTests</c>).
/// </summary>
public static class OpenApiConventions
{
    private static readonly Dictionary<string, string> TagDescriptions = new(StringComparer.Ordinal)
    {
        ["Sign-in"] = "Signing in for a bearer token, refreshing it, and signing out.",
        ["Me"] = "The signed-in person: who they are, their personal access tokens and calendar feed.",
        ["Organization"] = "The organisation's settings (org admins).",
        ["People"] = "People, their reporting lines and the org chart; CSV import and export (HR admins).",
        ["Departments and teams"] = "The organisation's departments and teams.",
        ["Invitations"] = "People invited who have not set a password yet, and their one-time links (HR and org admins).",
        ["Goals"] = "Goals and key results aligned to the company's goals: the tree, check-ins, comments, approval, insights.",
        ["1:1s"] = "Recurring one-on-ones: series, meetings, shared and private topics, notes, commitments.",
        ["Feedback"] = "Praise and feedback in the moment, requests for feedback, and the organisation's values.",
        ["Development"] = "Capabilities, role profiles, assessments, gaps, development plans and learning resources.",
        ["Reviews"] = "Review templates and cycles, writing self, manager, peer and upward reviews, release and acknowledgement.",
        ["Talent review and succession"] = "Key roles, their holders' flight risk and impact of loss, successors with readiness, aware of what each successor wants.",
        ["Improvement plans"] = "Performance improvement plans: expectations written as goals, support, checkpoints, the person's comments, the outcome.",
        ["Calibration"] = "Calibration sessions of a cycle: proposed and calibrated ratings, potential for the 9-box, changes with reasons, and fairness figures.",
        ["Notifications"] = "Your in-app notices (requests for feedback, reminders): only their recipient reads or marks them.",
        ["Search"] = "One search over people, the goals you may read and, for HR admins, teams and departments.",
        ["Audit"] = "The audit log: sign-ins, changes, exports and admins' reads of others' private items (admins).",
    };

    public static OpenApiOptions AddTandemConventions(this OpenApiOptions options)
    {
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Tandem API";
            document.Info.Description =
                "Continuous performance management: people, goals, 1:1s, feedback, development and reviews. " +
                "Authenticate with a bearer token from POST /api/v1/auth/login, or a personal access token. " +
                "Errors are RFC 9457 problem details.";
            document.Info.License = new OpenApiLicense { Name = "Proprietary", Identifier = "LicenseRef-Proprietary" };
            // The server is the one that serves the document, not the absolute address of the request that asked for it.
            document.Servers = [new OpenApiServer { Url = "/", Description = "The Tandem that serves this document." }];
            foreach (var tag in document.Tags ?? new HashSet<OpenApiTag>())
                if (tag.Name is { } name && TagDescriptions.TryGetValue(name, out var description)) tag.Description = description;
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes["bearer"] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "An access token from /api/v1/auth/login, or a personal access token (tdm_…).",
            };
            document.Security ??= [];
            document.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("bearer", document)] = [] });
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            var description = context.Description;
            var metadata = description.ActionDescriptor.EndpointMetadata;
            var parameters = description.ParameterDescriptions;
            operation.Responses ??= [];
            if (parameters.Any(p => p.Source == BindingSource.Query || p.Source == BindingSource.Body || p.Source == BindingSource.Form))
                Add(operation, context, StatusCodes.Status400BadRequest, "A query value or the body can't be read.", "HttpValidationProblemDetails");
            if (metadata.OfType<MethodInfo>().FirstOrDefault() is { } handler
                && RequestValidation.MayReject(handler, context.ApplicationServices.GetService<IServiceProviderIsService>()))
                Add(operation, context, StatusCodes.Status422UnprocessableEntity, "A required member is missing, or a value breaks a rule.", "HttpValidationProblemDetails");
            if (metadata.OfType<EnableRateLimitingAttribute>().Any())
                Add(operation, context, StatusCodes.Status429TooManyRequests, "Too many attempts from this network; wait a minute (Retry-After).");
            if (metadata.OfType<IAllowAnonymous>().Any()) return Task.CompletedTask;
            Add(operation, context, StatusCodes.Status401Unauthorized, "No valid credential.");
            var policies = metadata.OfType<IAuthorizeData>().Select(a => a.Policy).ToList();
            if (policies.Any(p => p is not null and not Policies.Member) || !TokenScopes.IsSafe(description.HttpMethod ?? "GET"))
                Add(operation, context, StatusCodes.Status403Forbidden, "The signed-in person's role, or the token's scope, does not allow it.");
            return Task.CompletedTask;
        });
        return options;
    }

    private static void Add(OpenApiOperation operation, OpenApiOperationTransformerContext context, int status, string description,
        string schema = "ProblemDetails")
    {
        var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (operation.Responses!.ContainsKey(key)) return;
        operation.Responses[key] = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal)
            {
                ["application/problem+json"] = new() { Schema = new OpenApiSchemaReference(schema, context.Document) },
            },
        };
    }
}
