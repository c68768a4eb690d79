using Microsoft.AspNetCore.Http.HttpResults;

namespace Tandem.Http;

/// <summary>
/// An <see cref="Outcome{T}"/> on its way to an endpoint's answer: <c>Or</c> names the failures the endpoint may give,
/// which its signature (and so the OpenAPI document) then lists, e.g.
/// <c>(await goals.UpdateAsync(id, update, ct)).ToHttp(TypedResults.Ok).Or&lt;NotFoundProblem, ForbiddenProblem, InvalidProblem, ConflictProblem&gt;()</c>.
/// </summary>
public readonly struct HttpOutcome<TOk>(TOk? ok, Failure? failure) where TOk : class, IResult
{
    public Results<TOk, Problems<T1>> Or<T1>() where T1 : IFailureProblem =>
        ok is not null ? ok : new Problems<T1>(failure!);

    public Results<TOk, Problems<T1, T2>> Or<T1, T2>() where T1 : IFailureProblem where T2 : IFailureProblem =>
        ok is not null ? ok : new Problems<T1, T2>(failure!);

    public Results<TOk, Problems<T1, T2, T3>> Or<T1, T2, T3>()
        where T1 : IFailureProblem where T2 : IFailureProblem where T3 : IFailureProblem =>
        ok is not null ? ok : new Problems<T1, T2, T3>(failure!);

    public Results<TOk, Problems<T1, T2, T3, T4>> Or<T1, T2, T3, T4>()
        where T1 : IFailureProblem where T2 : IFailureProblem where T3 : IFailureProblem where T4 : IFailureProblem =>
        ok is not null ? ok : new Problems<T1, T2, T3, T4>(failure!);

    public Results<TOk, Problems<T1, T2, T3, T4, T5>> Or<T1, T2, T3, T4, T5>()
        where T1 : IFailureProblem where T2 : IFailureProblem where T3 : IFailureProblem where T4 : IFailureProblem where T5 : IFailureProblem =>
        ok is not null ? ok : new Problems<T1, T2, T3, T4, T5>(failure!);
}
