using Rag.Domain.Common;

namespace Rag.Domain.Visits;

/// <summary>A question 001 prints beside the development-stage diagram.</summary>
public class DevelopmentPrompt : Record
{
    public int Order { get; set; }
    public required string Text { get; set; }
}
