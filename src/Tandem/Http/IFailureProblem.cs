using Microsoft.AspNetCore.Http.Metadata;

namespace Tandem.Http;

/// <summary>
/// The problem details answer for one kind of <see cref="Failure"/>: its status and body in the OpenAPI document
/// (<see cref="IEndpointMetadataProvider"/>), and the kind it answers, so <see cref="Problems{T1}"/> knows what an
/// endpoint declared.
/// </summary>
public interface IFailureProblem : IResult, IStatusCodeHttpResult, IEndpointMetadataProvider
{
    static abstract OutcomeKind Kind { get; }
}
