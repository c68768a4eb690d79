using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Tandem.Data;

/// <summary>
/// An EF Core compiled query, compiled once per model: a compiled query may only run against the model it first ran
/// with, and one process can hold two (the tests run a SQLite and a PostgreSQL host side by side).
/// </summary>
public sealed class CompiledQuery<TQuery>(Func<TQuery> compile) where TQuery : class
{
    private readonly ConditionalWeakTable<IModel, TQuery> compiled = new();

    public TQuery For(DbContext db) => compiled.GetValue(db.Model, _ => compile());
}
