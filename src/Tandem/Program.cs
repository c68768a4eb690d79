using Tandem;
using Tandem.Components;
using Tandem.Data;
using Tandem.Features.Accounts;
using Tandem.Features.Audit;
using Tandem.Features.Calibration;
using Tandem.Features.Development;
using Tandem.Features.Feedback;
using Tandem.Features.Goals;
using Tandem.Features.Home;
using Tandem.Features.Improvement;
using Tandem.Features.Notifications;
using Tandem.Features.Reviews;
using Tandem.Features.OneOnOnes;
using Tandem.Features.Organizations;
using Tandem.Features.People;
using Tandem.Features.Talent;
using Tandem.Http;
using Tandem.Security;

var builder = WebApplication.CreateBuilder(args);
builder.AddTandemObservability();
builder.AddTandemData();
builder.AddTandemAuth();
builder.Services
    .AddTandemPlatform(builder.Configuration)
    .AddTandemApi()
    .AddTandemRateLimits(builder.Configuration)
    .AddAuditFeature()
    .AddOrganizationsFeature()
    .AddAccountsFeature()
    .AddPeopleFeature()
    .AddGoalsFeature()
    .AddOneOnOnesFeature()
    .AddFeedbackFeature()
    .AddDevelopmentFeature()
    .AddNotificationsFeature()
    .AddReviewsFeature()
    .AddCalibrationFeature()
    .AddImprovementFeature()
    .AddTalentFeature()
    .AddHomeFeature();

var app = builder.Build();
app.UseTandemPipeline();
app.MapTandemApiDocs();
app.MapTandemMetrics();
// The features map into one group so that checks every API endpoint needs are set here once.
var features = app.MapGroup("").ValidateApiRequests();
features.MapAuditFeature();
features.MapOrganizationsFeature();
features.MapAccountsFeature();
features.MapPeopleFeature();
features.MapGoalsFeature();
features.MapOneOnOnesFeature();
features.MapFeedbackFeature();
features.MapDevelopmentFeature();
features.MapNotificationsFeature();
features.MapReviewsFeature();
features.MapCalibrationFeature();
features.MapImprovementFeature();
features.MapTalentFeature();
features.MapHomeFeature();
#if TANDEM_BENCH
Tandem.Bench.RawBaseline.MapRawBaseline(app);
Tandem.Bench.BenchJobs.MapBenchJobs(app);
#endif
app.MapTandemPages();

return await Commands.RunAsync(app, args);

/// <summary>The entry point; public so that tests can host the app.</summary>
public partial class Program;
