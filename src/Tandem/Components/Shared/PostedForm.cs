namespace Tandem.Components.Shared;

/// <summary>
/// The model of a form in a component that its parent re-renders after a change: what was posted, so a refused form
/// keeps what was typed, until the post succeeds; then a fresh form from the saved state. The framework supplies the
/// posted values again on each of the parent's renders, so the component cannot simply reset its
/// <c>[SupplyParameterFromForm]</c> property.
/// </summary>
public sealed class PostedForm<T> where T : class
{
    private T? _model;
    private bool _saved;

    /// <summary>The posted model (null when this form was not posted), or a fresh one after a save.</summary>
    public T Model(T? posted, Func<T> fresh) => _model ??= !_saved && posted is not null ? posted : fresh();

    /// <summary>The post succeeded: the next render shows a fresh form, made from the state it changed.</summary>
    public void Saved() => (_model, _saved) = (null, true);
}
