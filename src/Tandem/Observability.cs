using System.Diagnostics;
using System.Diagnostics.Metrics;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Tandem.Security;

namespace Tandem;

/// <summary>
/// Traces and metrics with OpenTelemetry (HTTP, EF Core and Tandem's own background jobs), a Prometheus scrape
/// endpoint at <c>/api/metrics</c> for admins (a scraper uses an admin's personal access token), OTLP export when
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set, and JSON logs with each request's trace id outside Development.
/// </summary>
public static class Observability
{
    public const string Name = "Tandem";

    /// <summary>Tandem's own spans (a background job's run).</summary>
    public static readonly ActivitySource Activities = new(Name);

    private static readonly Meter Meter = new(Name);
    private static readonly Counter<long> JobRuns = Meter.CreateCounter<long>("tandem.job.runs", description: "Background job runs, by job and outcome.");

    public static WebApplicationBuilder AddTandemObservability(this WebApplicationBuilder builder)
    {
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(Name))
            .WithMetrics(m => m.AddMeter(Name).AddAspNetCoreInstrumentation()
                .AddMeter("Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "System.Runtime")
                .AddPrometheusExporter());
        // A provider listens to meters by name across the process. ASP.NET Core's meters come from each host's
        // IMeterFactory under the same names, so beside another host (tests run several) this provider would merge
        // their instruments into its own streams, and lose those streams for good when the other host is disposed.
        builder.Services.ConfigureOpenTelemetryMeterProvider((services, metrics) =>
        {
            var ours = services.GetRequiredService<IMeterFactory>();
            metrics.AddView(instrument => instrument.Meter.Scope is null || ReferenceEquals(instrument.Meter.Scope, ours)
                ? null : MetricStreamConfiguration.Drop);
        });
        // Spans are recorded only when something receives them: a span for every EF Core command, kept for no one,
        // cost the pages a quarter of their throughput (bench/results/load-sqlite-quick-20261202-2155.md, -2158.md).
        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
            telemetry.WithTracing(t => t.AddSource(Name).AddAspNetCoreInstrumentation().AddEntityFrameworkCoreInstrumentation()).UseOtlpExporter();

        // Every log line carries the trace and span of the request (or job) that wrote it.
        builder.Logging.Configure(o => o.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId);
        if (!builder.Environment.IsDevelopment() && builder.Configuration.GetValue("Logging:Json", true))
        {
            builder.Logging.ClearProviders();
            builder.Logging.AddJsonConsole(o =>
            {
                o.IncludeScopes = true;
                o.UseUtcTimestamp = true;
                o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ ";
            });
        }
        return builder;
    }

    /// <summary>Under /api, so that a scraper authenticates like any API client (an admin's personal access token).</summary>
    public const string MetricsPath = "/api/metrics";

    /// <summary>The Prometheus scrape endpoint: operational data, for admins only.</summary>
    public static WebApplication MapTandemMetrics(this WebApplication app)
    {
        app.MapPrometheusScrapingEndpoint(MetricsPath).RequireAuthorization(Policies.Admin).ExcludeFromDescription();
        return app;
    }

    /// <summary>Counts a job's run and its outcome (ok, failed).</summary>
    public static void CountJobRun(string job, string outcome) =>
        JobRuns.Add(1, new KeyValuePair<string, object?>("job", job), new KeyValuePair<string, object?>("outcome", outcome));
}
