using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Features.Goals;
using Tandem.Features.People;
using Tandem.Http;
using Tandem.Security;

namespace Tandem.Features.Feedback;

/// <summary>
/// Giving feedback: checks, the per-person rate limit, and the anonymous path (no giver stored; a keyed hash per
/// batch counts distinct people; a batch is released, all together, once the threshold of people is reached).
/// </summary>
public sealed class FeedbackService(TandemDb db, CurrentUser me, FeedbackAccess access, GoalAccess goals, AnonymityKey anonymity, FeedbackRateLimit rateLimit,
    FeedbackQueries queries, TimeProvider time, IConfiguration configuration)
{
    /// <summary>Anonymous items carry no time of their own until their batch is released (then: its release time).</summary>
    public static readonly DateTimeOffset NoTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly bool _releaseImmediately = configuration.GetValue("Feedback:ReleaseImmediately", false);

    public async Task<Outcome<FeedbackInfo>> GiveAsync(GiveInput input, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var receiver = await CheckReceiverAsync(errors, input.ReceiverId, ct);
        if (!Enum.IsDefined(input.Kind)) errors.Add(nameof(input.Kind), "Choose praise, constructive or feedforward.");
        if (!Enum.IsDefined(input.Visibility)) errors.Add(nameof(input.Visibility), "Choose who may read it.");
        errors.Require(nameof(input.Text), input.Text, "Feedback", FeedbackRules.TextMax);
        errors.Limit(nameof(input.What), input.What, "What you saw", FeedbackRules.PartMax);
        errors.Limit(nameof(input.SoWhat), input.SoWhat, "Its effect", FeedbackRules.PartMax);
        errors.Limit(nameof(input.NowWhat), input.NowWhat, "The next step", FeedbackRules.PartMax);
        errors.Limit(nameof(input.Theme), input.Theme, "Theme", FeedbackRules.ThemeMax);
        if (input.Visibility == FeedbackVisibility.Public && input.Kind != FeedbackKind.Praise)
            errors.Add(nameof(input.Visibility), "Only praise can be public. Constructive feedback and suggestions stay between you (and their manager).");
        var values = (input.ValueIds ?? []).Distinct().ToList();
        if (values.Count > FeedbackRules.ValuesMax) errors.Add(nameof(input.ValueIds), $"Tag at most {FeedbackRules.ValuesMax} values.");
        else if (values.Count > 0 && await db.CompanyValues.CountAsync(v => values.Contains(v.Id) && !v.Archived, ct) != values.Count)
            errors.Add(nameof(input.ValueIds), "That is not one of your organisation's values.");
        if (input.GoalId is { } goal && !await goals.CanReadAsync(goal, ct)) errors.Add(nameof(input.GoalId), "There is no such goal you can see.");
        var capability = input.CapabilityId is { } capabilityId ? await db.Capabilities.Where(c => c.Id == capabilityId).Select(c => c.Name).SingleOrDefaultAsync(ct) : null;
        if (input.CapabilityId is not null && capability is null) errors.Add(nameof(input.CapabilityId), "That capability is not in your organisation's framework.");
        var visibility = input.Visibility;
        var request = input.RequestId is { } requestId ? await CheckRequestAsync(errors, requestId, input.ReceiverId, ct) : null;
        if (request is not null && request.RequesterId != request.SubjectId) visibility = FeedbackVisibility.ToPersonAndManager;
        if (input.Anonymous && !errors.Any) await CheckAnonymousAsync(errors, input, receiver!, ct);
        if (errors.Any) return errors.ToFailure();

        if (!rateLimit.TryTake(me.PersonId)) return TooMany();

        var item = new FeedbackItem
        {
            Id = input.Anonymous ? Guid.NewGuid() : Ids.New(time), // anonymous ids carry no time
            GiverId = input.Anonymous ? null : me.PersonId,
            ReceiverId = input.ReceiverId,
            Kind = input.Kind,
            Visibility = input.Anonymous ? FeedbackVisibility.ToPerson : visibility,
            Text = input.Text.Trim(),
            What = Text.Clean(input.What),
            SoWhat = Text.Clean(input.SoWhat),
            NowWhat = Text.Clean(input.NowWhat),
            GoalId = input.Anonymous ? null : input.GoalId,
            Theme = Text.Clean(input.Theme)?.ToLowerInvariant(),
            CapabilityId = input.CapabilityId,
            RequestId = request?.Id,
            IsAnonymous = input.Anonymous,
            Values = [.. values.Select(v => new FeedbackValueTag { ValueId = v })],
        };
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (input.Anonymous) await AddToBatchAsync(item, ct);
        db.FeedbackItems.Add(item);
        if (request is not null)
        {
            await db.FeedbackRequestRecipients.Where(r => r.RequestId == request.Id && r.RecipientId == me.PersonId)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.AnsweredAt, time.GetUtcNow()), ct);
        }
        await db.SaveChangesAsync(ct);
        if (input.Anonymous)
        {
            await db.FeedbackItems.Where(f => f.Id == item.Id).ExecuteUpdateAsync(s => s.SetProperty(f => f.CreatedAt, NoTime).SetProperty(f => f.UpdatedAt, NoTime), ct);
            await ReleaseIfEnoughAsync(item, ct);
        }
        await transaction.CommitAsync(ct);
        return input.Anonymous ? queries.Sent(item, receiver!, capability) : (await queries.GetAsync(item.Id, ct))!;
    }

    /// <summary>Adds or takes back a reaction to public praise.</summary>
    public async Task<Outcome<FeedbackInfo>> ReactAsync(Guid itemId, ReactInput input, CancellationToken ct)
    {
        if (!Enum.IsDefined(input.Kind)) return Failure.Invalid(nameof(input.Kind), "Choose applause, heart or celebrate.");
        var item = await queries.GetAsync(itemId, ct);
        if (item is null) return Failure.NotFound("No such feedback.");
        if (item.Visibility != FeedbackVisibility.Public) return Failure.Invalid(nameof(input.Kind), "Reactions are for public praise.");
        var existing = await db.FeedbackReactions.SingleOrDefaultAsync(r => r.ItemId == itemId && r.PersonId == me.PersonId && r.Kind == input.Kind, ct);
        if (existing is null) db.FeedbackReactions.Add(new FeedbackReaction { ItemId = itemId, PersonId = me.PersonId, Kind = input.Kind });
        else db.FeedbackReactions.Remove(existing);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The same click twice at once: the first one counts.
            db.ChangeTracker.Clear();
        }
        return (await queries.GetAsync(itemId, ct))!;
    }

    public async Task<Outcome<RequestInfo>> RequestAsync(RequestInput input, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var subject = input.SubjectId ?? me.PersonId;
        if (!await access.CanRequestAboutAsync(subject, ct))
            errors.Add(nameof(input.SubjectId), "Ask about yourself, or about one of your direct reports.");
        var recipients = (input.RecipientIds ?? []).Distinct().ToList();
        if (recipients.Count == 0) errors.Add(nameof(input.RecipientIds), "Choose at least one person to ask.");
        else if (recipients.Count > FeedbackRules.RecipientsMax) errors.Add(nameof(input.RecipientIds), $"Ask at most {FeedbackRules.RecipientsMax} people at once.");
        else
        {
            var active = await db.People.Where(p => recipients.Contains(p.Id) && p.Status != PersonStatus.Left).Select(p => p.Id).ToListAsync(ct);
            if (recipients.Any(r => !active.Contains(r))) errors.Add(nameof(input.RecipientIds), "Everyone asked must be an active colleague in your organisation.");
            if (recipients.Contains(subject)) errors.Add(nameof(input.RecipientIds), "The person the feedback is about can't be asked for it.");
        }
        errors.Require(nameof(input.Prompts), input.Prompts, "What you'd like to hear about", FeedbackRules.PromptsMax);
        if (input.DueDate < Today()) errors.Add(nameof(input.DueDate), "The due date has passed: choose today or later.");
        else if (input.DueDate > Today().AddDays(90)) errors.Add(nameof(input.DueDate), "Choose a due date within 90 days.");
        if (errors.Any) return errors.ToFailure();
        if (!rateLimit.TryTake(me.PersonId)) return TooMany();

        var request = new FeedbackRequest
        {
            Id = Ids.New(time), RequesterId = me.PersonId, SubjectId = subject, Prompts = input.Prompts!.Trim(), DueDate = input.DueDate,
            CreatedAt = time.GetUtcNow(),
            Recipients = [.. recipients.Select(r => new FeedbackRequestRecipient { RecipientId = r })],
        };
        db.FeedbackRequests.Add(request);
        var about = subject == me.PersonId ? "themselves" : await db.People.Where(p => p.Id == subject).Select(p => p.Name).SingleAsync(ct);
        foreach (var recipient in recipients)
        {
            await Notifications.NotificationService.AddAsync(db, time, Notifications.NoticeKind.FeedbackRequested, recipient,
                $"{me.Name} asks for your feedback about {about}, by {input.DueDate:d MMM}.", $"/feedback/give?request={request.Id}", ct);
        }
        await db.SaveChangesAsync(ct);
        return (await queries.RequestAsync(request.Id, ct))!;
    }

    public async Task<Outcome<ValueInfo>> SaveValueAsync(Guid? id, ValueInput input, CancellationToken ct)
    {
        if (!me.IsHrAdmin) return Failure.Forbidden("HR admins keep the company values.");
        var errors = new FieldErrors();
        errors.Require(nameof(input.Name), input.Name, "Name", 60);
        errors.Limit(nameof(input.Description), input.Description, "Description", 300);
        var name = input.Name?.Trim();
        if (name is not null && await db.CompanyValues.AnyAsync(v => v.Name == name && v.Id != id, ct))
            errors.Add(nameof(input.Name), "There is a value with this name already.");
        if (errors.Any) return errors.ToFailure();
        var value = id is { } existing ? await db.CompanyValues.SingleOrDefaultAsync(v => v.Id == existing, ct) : null;
        if (id is not null && value is null) return Failure.NotFound("No such value.");
        if (value is null)
        {
            value = new CompanyValue { Id = Ids.New(time), Name = name!, Position = await db.CompanyValues.CountAsync(ct) };
            db.CompanyValues.Add(value);
        }
        value.Name = name!;
        value.Description = Text.Clean(input.Description);
        value.Archived = input.Archived;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return Failure.Invalid(nameof(input.Name), "There is a value with this name already.");
        }
        return new ValueInfo(value.Id, value.Name, value.Description, value.Archived);
    }

    private async Task<Person?> CheckReceiverAsync(FieldErrors errors, Guid receiverId, CancellationToken ct)
    {
        if (receiverId == Guid.Empty) { errors.Add(nameof(GiveInput.ReceiverId), "Choose who the feedback is for."); return null; }
        if (receiverId == me.PersonId) { errors.Add(nameof(GiveInput.ReceiverId), "Feedback is for someone else: write a note to yourself in your development plan instead."); return null; }
        var receiver = await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == receiverId, ct);
        if (receiver is null) errors.Add(nameof(GiveInput.ReceiverId), "There is nobody with that id in your organisation.");
        else if (receiver.Status == PersonStatus.Left) errors.Add(nameof(GiveInput.ReceiverId), $"{receiver.Name} has left the organisation.");
        return receiver;
    }

    private async Task<FeedbackRequest?> CheckRequestAsync(FieldErrors errors, Guid requestId, Guid receiverId, CancellationToken ct)
    {
        var request = await db.FeedbackRequests.AsNoTracking()
            .SingleOrDefaultAsync(r => r.Id == requestId && r.Recipients.Any(x => x.RecipientId == me.PersonId), ct);
        if (request is null) errors.Add(nameof(GiveInput.RequestId), "There is no such request for you.");
        else if (request.SubjectId != receiverId) errors.Add(nameof(GiveInput.ReceiverId), "An answer to a request is about the person it asks about.");
        return request;
    }

    // Anonymous feedback: only where the organisation allows it, only upward (to your manager) or to a peer (same
    // manager), never public, never an answer to a named request.
    private async Task CheckAnonymousAsync(FieldErrors errors, GiveInput input, Person receiver, CancellationToken ct)
    {
        var allowed = await db.Organizations.Where(o => o.Id == me.OrganizationId).Select(o => o.AllowAnonymousFeedback).SingleAsync(ct);
        var myManager = await db.People.Where(p => p.Id == me.PersonId).Select(p => p.ManagerId).SingleAsync(ct);
        if (!allowed || !anonymity.IsConfigured) errors.Add(nameof(input.Anonymous), "Your organisation does not allow anonymous feedback.");
        else if (receiver.Id != myManager && (myManager is null || receiver.ManagerId != myManager))
            errors.Add(nameof(input.Anonymous), "Anonymous feedback is for your manager or a peer who shares your manager.");
        else if (input.Visibility == FeedbackVisibility.Public || input.RequestId is not null)
            errors.Add(nameof(input.Anonymous), "Public praise and answers to a request carry your name.");
    }

    private async Task AddToBatchAsync(FeedbackItem item, CancellationToken ct)
    {
        await db.LockOrganizationAsync(ct);
        var open = await db.AnonymousBatches.Where(b => b.ReceiverId == item.ReceiverId && b.ReleasedAt == null).Select(b => (int?)b.Batch).MaxAsync(ct);
        if (open is null)
        {
            open = (await db.AnonymousBatches.Where(b => b.ReceiverId == item.ReceiverId).Select(b => (int?)b.Batch).MaxAsync(ct) ?? 0) + 1;
            db.AnonymousBatches.Add(new AnonymousBatch { ReceiverId = item.ReceiverId, Batch = open.Value });
        }
        item.Batch = open;
        var hash = anonymity.Hash(me.OrganizationId, item.ReceiverId, open.Value, me.PersonId);
        if (!await db.AnonymousGivers.AnyAsync(g => g.ReceiverId == item.ReceiverId && g.Batch == open && g.GiverHash == hash, ct))
            db.AnonymousGivers.Add(new AnonymousGiver { ReceiverId = item.ReceiverId, Batch = open.Value, GiverHash = hash });
    }

    // A batch is shown once at least the threshold of different people are in it: all its items at once.
    private async Task ReleaseIfEnoughAsync(FeedbackItem item, CancellationToken ct)
    {
        var threshold = Math.Max(Organizations.Organization.MinimumAnonymityThreshold,
            await db.Organizations.Where(o => o.Id == me.OrganizationId).Select(o => o.AnonymityThreshold).SingleAsync(ct));
        var givers = await db.AnonymousGivers.CountAsync(g => g.ReceiverId == item.ReceiverId && g.Batch == item.Batch, ct);
        if (givers >= threshold)
        {
            // Released at the next midnight (UTC), not now: the moment of release must not point at the last giver.
            var now = time.GetUtcNow();
            var at = _releaseImmediately ? now : new DateTimeOffset(now.UtcDateTime.Date.AddDays(1), TimeSpan.Zero);
            await db.AnonymousBatches.Where(b => b.ReceiverId == item.ReceiverId && b.Batch == item.Batch)
                .ExecuteUpdateAsync(s => s.SetProperty(b => b.ReleasedAt, at), ct);
            await db.FeedbackItems.Where(f => f.ReceiverId == item.ReceiverId && f.IsAnonymous && f.Batch == item.Batch)
                .ExecuteUpdateAsync(s => s.SetProperty(f => f.CreatedAt, at).SetProperty(f => f.UpdatedAt, at), ct);
        }
    }

    private Failure TooMany() => new(OutcomeKind.TooManyRequests, new Dictionary<string, string[]>(),
        $"You have given or asked for a lot of feedback in the last hour ({rateLimit.PerHour}). Take a break and come back later: it keeps feedback meaningful.");


    private DateOnly Today() => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime).AddDays(-1);
}

/// <summary>How much feedback one person may give per hour (<c>RateLimits:FeedbackPerHour</c>, default 30), per instance.</summary>
public sealed class FeedbackRateLimit(IConfiguration configuration) : HourlyLimit(configuration, "FeedbackPerHour", 30);
