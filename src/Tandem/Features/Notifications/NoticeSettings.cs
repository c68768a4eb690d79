using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Features.Audit;
using Tandem.Http;
using Tandem.Security;

namespace Tandem.Features.Notifications;

/// <summary>
/// How notices reach people: each person sets their own (and quiet hours), HR admins set the organisation's defaults.
/// A change applies to notices written after it; emails already waiting of kinds a person no longer wants by email
/// are called off.
/// </summary>
public sealed class NoticeSettings(TandemDb db, Reach reach, CurrentUser me, AuditService audit)
{
    public const string DefaultsRefusal = "Only HR admins set the organisation's notice defaults.";
    private const string SavedAtOnce = "These settings were saved from somewhere else at the same moment. Look at them again, then save.";

    public async Task<NoticeSettingsDto> GetAsync(CancellationToken ct)
    {
        var kinds = await KindsOfAsync(db, reach.Me, ct);
        var quiet = await db.QuietHours.AsNoTracking().Where(q => q.PersonId == reach.Me).Select(q => new QuietHoursDto(q.From, q.Until)).FirstOrDefaultAsync(ct);
        return new NoticeSettingsDto(kinds, quiet, me.TimeZone);
    }

    /// <summary>How each kind reaches <paramref name="personId"/> (their choice, the organisation's default, what applies), in two statements.</summary>
    public static async Task<List<NoticeKindSetting>> KindsOfAsync(TandemDb db, Guid personId, CancellationToken ct)
    {
        var chosen = await db.NoticePreferences.AsNoTracking().Where(p => p.PersonId == personId).ToDictionaryAsync(p => p.Kind, p => p.Delivery, ct);
        var defaults = await db.NoticeDefaults.AsNoTracking().ToDictionaryAsync(d => d.Kind, d => d.Delivery, ct);
        return [.. NoticeKinds.Optional.Select(k =>
        {
            var fallback = defaults.GetValueOrDefault(k.Kind, k.Default);
            var mine = chosen.TryGetValue(k.Kind, out var d) ? d : (NoticeDelivery?)null;
            return new NoticeKindSetting(k.Kind, k.Label, k.Description, mine, fallback, mine ?? fallback);
        })];
    }

    public async Task<Outcome<NoticeSettingsDto>> SaveAsync(NoticeSettingsInput input, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var kinds = Check(input.Kinds, errors);
        if (input.QuietHours is { } q && q.From == q.Until)
            errors.Add("QuietHours.Until", "Quiet hours end at a different time than they start.");
        if (errors.Any) return errors.ToFailure();

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.NoticePreferences.Where(p => p.PersonId == reach.Me).ExecuteDeleteAsync(ct);
        db.NoticePreferences.AddRange(kinds.Select(k => new NoticePreference { PersonId = reach.Me, Kind = k.Key, Delivery = k.Value }));
        await db.QuietHours.Where(h => h.PersonId == reach.Me).ExecuteDeleteAsync(ct);
        if (input.QuietHours is { } hours) db.QuietHours.Add(new QuietHours { PersonId = reach.Me, From = hours.From, Until = hours.Until });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Saved twice at the same moment (two tabs): the other one holds.
            db.ChangeTracker.Clear();
            return Failure.Conflict(SavedAtOnce);
        }
        var saved = await GetAsync(ct);
        await CallOffEmailsAsync(db, reach.Me, saved.Kinds.Where(k => !ByEmail(k.Delivery)).Select(k => k.Kind).ToList(), ct);
        await transaction.CommitAsync(ct);
        return saved;
    }

    public async Task<Outcome<IReadOnlyList<NoticeKindDefault>>> GetDefaultsAsync(CancellationToken ct)
    {
        if (!reach.IsHrAdmin) return Failure.Forbidden(DefaultsRefusal);
        var defaults = await OrganizationDefaultsAsync(ct);
        return NoticeKinds.Optional.Select(k =>
        {
            var chosen = defaults.TryGetValue(k.Kind, out var d) ? d : (NoticeDelivery?)null;
            return new NoticeKindDefault(k.Kind, k.Label, k.Description, chosen, k.Default, chosen ?? k.Default);
        }).ToList();
    }

    public async Task<Outcome<IReadOnlyList<NoticeKindDefault>>> SaveDefaultsAsync(NoticeDefaultsInput input, CancellationToken ct)
    {
        if (!reach.IsHrAdmin) return Failure.Forbidden(DefaultsRefusal);
        var errors = new FieldErrors();
        var kinds = Check(input.Kinds, errors);
        if (errors.Any) return errors.ToFailure();
        var before = await OrganizationDefaultsAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.NoticeDefaults.ExecuteDeleteAsync(ct);
        db.NoticeDefaults.AddRange(kinds.Select(k => new NoticeDefault { Kind = k.Key, Delivery = k.Value }));
        if (!kinds.OrderBy(k => k.Key).SequenceEqual(before.OrderBy(k => k.Key)))
            audit.Add(AuditActions.NoticeDefaultsChanged, detail: string.Join(", ", kinds.Select(k => $"{k.Key}: {k.Value}")));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return Failure.Conflict(SavedAtOnce);
        }
        await transaction.CommitAsync(ct);
        return await GetDefaultsAsync(ct);
    }

    /// <summary>
    /// The unsubscribe link: <paramref name="personId"/> gets no more emails of <paramref name="kind"/> (of any kind
    /// when null), only notices in the app; emails of them waiting are called off. Runs in the person's organisation.
    /// </summary>
    public static async Task StopEmailsAsync(TandemDb db, Guid personId, NoticeKind? kind, CancellationToken ct)
    {
        var kinds = kind is { } one ? [one] : NoticeKinds.Optional.Select(k => k.Kind).ToList();
        for (var attempt = 1; ; attempt++)
        {
            var chosen = await db.NoticePreferences.Where(p => p.PersonId == personId && kinds.Contains(p.Kind)).ToListAsync(ct);
            foreach (var k in kinds)
            {
                var preference = chosen.FirstOrDefault(p => p.Kind == k);
                if (preference is null) db.NoticePreferences.Add(new NoticePreference { PersonId = personId, Kind = k, Delivery = NoticeDelivery.InApp });
                else if (ByEmail(preference.Delivery)) preference.Delivery = NoticeDelivery.InApp;
            }
            try
            {
                await db.SaveChangesAsync(ct);
                break;
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // The same link clicked twice at once: the other click added the choice; read it and go again.
                db.ChangeTracker.Clear();
            }
        }
        await CallOffEmailsAsync(db, personId, kinds, ct);
    }

    /// <summary>Whether a kind's delivery is an email, at once or in a digest.</summary>
    public static bool ByEmail(NoticeDelivery delivery) => delivery is not (NoticeDelivery.InApp or NoticeDelivery.Off);

    private static Task CallOffEmailsAsync(TandemDb db, Guid personId, List<NoticeKind> kinds, CancellationToken ct) =>
        db.Notifications.Where(n => n.RecipientId == personId && kinds.Contains(n.Kind) && (n.Email == EmailStatus.Pending || n.Email == EmailStatus.Digest)
                && n.EmailClaim == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.Email, EmailStatus.None).SetProperty(n => n.EmailDueAt, (DateTimeOffset?)null), ct);

    private Task<Dictionary<NoticeKind, NoticeDelivery>> OrganizationDefaultsAsync(CancellationToken ct) =>
        db.NoticeDefaults.AsNoTracking().ToDictionaryAsync(d => d.Kind, d => d.Delivery, ct);

    // The kinds with a delivery, each once: a kind listed twice is refused at its second place.
    private static Dictionary<NoticeKind, NoticeDelivery> Check(IReadOnlyList<KindDelivery>? kinds, FieldErrors errors)
    {
        var chosen = new Dictionary<NoticeKind, NoticeDelivery>();
        var seen = new HashSet<NoticeKind>();
        for (var i = 0; i < (kinds?.Count ?? 0); i++)
        {
            var k = kinds![i];
            if (k is null) errors.Add($"Kinds[{i}]", "Give a kind and its delivery.");
            else if (!Enum.IsDefined(k.Kind)) errors.Add($"Kinds[{i}].Kind", "No such kind of notice.");
            else if (!NoticeKinds.Of(k.Kind).Optional) errors.Add($"Kinds[{i}].Kind", $"{NoticeKinds.Of(k.Kind).Label} always come by email: they are about your account.");
            else if (!seen.Add(k.Kind)) errors.Add($"Kinds[{i}].Kind", $"{NoticeKinds.Of(k.Kind).Label} is listed twice.");
            else if (k.Delivery is { } d)
            {
                if (Enum.IsDefined(d)) chosen[k.Kind] = d;
                else errors.Add($"Kinds[{i}].Delivery", "Choose in the app, email, a daily or weekly digest, or off.");
            }
        }
        return chosen;
    }
}
