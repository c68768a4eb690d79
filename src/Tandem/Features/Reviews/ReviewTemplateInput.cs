namespace Tandem.Features.Reviews;

/// <summary>A review template as HR writes it: an empty or missing scale makes it ratings-free.</summary>
public sealed record ReviewTemplateInput(string Name, string? Description, Guid? DepartmentId, IReadOnlyList<string>? Scale,
    IReadOnlyList<ReviewSectionInput> Sections, int? SelfWeight = null);

/// <summary>A section: its title, who answers it, its share of the overall score (all weights, with the self weight, add up to 100) and its questions.</summary>
public sealed record ReviewSectionInput(string Title, ReviewWriters For, IReadOnlyList<ReviewQuestionInput> Questions, int? Weight = null);

/// <summary>A question of a section.</summary>
public sealed record ReviewQuestionInput(QuestionKind Kind, string Text, string? Help = null, bool Required = false);

/// <summary>A template version with its sections; <see cref="UsedByCycles"/> counts the cycles that opened with it.</summary>
public sealed record ReviewTemplateInfo(Guid Id, Guid FamilyId, int Version, string Name, string? Description, Guid? DepartmentId,
    string? DepartmentName, IReadOnlyList<string> Scale, IReadOnlyList<ReviewSection> Sections, int? SelfWeight, bool RatingsFree, int UsedByCycles);

/// <summary>Which starter template of the library to add, by its key.</summary>
public sealed record StarterInput(string Key);

/// <summary>A starter template of the library, ready to add and adapt.</summary>
public sealed record StarterTemplate(string Key, string Summary, ReviewTemplateInput Template);
