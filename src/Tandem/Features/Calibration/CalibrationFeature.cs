namespace Tandem.Features.Calibration;

public static class CalibrationFeature
{
    public static IServiceCollection AddCalibrationFeature(this IServiceCollection services) => services
        .AddScoped<CalibrationAccess>()
        .AddScoped<CalibrationService>()
        .AddScoped<CalibrationQueries>()
        .AddScoped<Reviews.ICalibratedRatings, CalibratedRatings>();

    public static IEndpointRouteBuilder MapCalibrationFeature(this IEndpointRouteBuilder app) => app.MapCalibrationApi();
}
