using System.ComponentModel.DataAnnotations;
using Rag.Domain.Fsi;

namespace Rag.Portal.Pages.Letters;

/// <summary>The letter's own fields as its page edits them.</summary>
public sealed class LetterInput
{
    public int Version { get; set; }
    [Display(Name = "Letter date")] public DateOnly LetterDate { get; set; }
    [Display(Name = "Schools inspected")] public int SchoolCount { get; set; }
    [Display(Name = "Reason for the inspection")] public string? Reason { get; set; }
    public string? Scope { get; set; }
    public string? Notes { get; set; }
}

/// <summary>One line of the before list ("2/15 G"); the printed label is composed from the parts.</summary>
public sealed class GradeCountInput
{
    public int Id { get; set; }
    public int Version { get; set; }
    public int Count { get; set; }
    public int Of { get; set; }
    public string? Grade { get; set; }

    public string Label => $"{Count}/{Of} {Grade?.Trim()}";
}

/// <summary>One transition ("9/15 S → G"); the starting grade may be left blank, as some letters print none.</summary>
public sealed class TransitionInput
{
    public int Id { get; set; }
    public int Version { get; set; }
    public int Count { get; set; }
    public int Of { get; set; }
    public string? From { get; set; }
    public string? To { get; set; }

    public string Label => string.IsNullOrWhiteSpace(From) ? $"{Count}/{Of} → {To?.Trim()}" : $"{Count}/{Of} {From.Trim()} → {To?.Trim()}";
}

/// <summary>A finding as the letter page edits it: heading, quote, rating, the curator's flags and note.</summary>
public sealed class FindingInput
{
    public int Id { get; set; }
    public int Version { get; set; }
    public int FsiHeadingId { get; set; }
    public string? Text { get; set; }
    public RagRating? Rag { get; set; }
    public bool RagIsInferred { get; set; }
    public bool HeadingUncertain { get; set; }
    public bool AttributionUncertain { get; set; }
    public string? CuratorNote { get; set; }
    /// <summary>The lines of 002 the quote stands on ("812-815").</summary>
    public string? SourceLines { get; set; }
}
