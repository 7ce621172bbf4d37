using Rag.Domain.Common;

namespace Rag.Domain.Visits;

/// <summary>A question 001 prints beside the development-stage diagram.</summary>
public class DevelopmentPrompt : Record
{
    /// <summary>The question's position among those printed beside the diagram, from 1.</summary>
    public int Order { get; set; }
    /// <summary>The question, verbatim from 001 (e.g. "What is the impact on pupil progress and attainment?").</summary>
    public required string Text { get; set; }
}
