namespace Rag.Domain.Common;

/// <summary>How serious a rule finding is.</summary>
public enum RuleSeverity
{
    /// <summary>Something the rule's source advises against or that needs action soon (e.g. fewer SIP days than recommended).</summary>
    Warning,
    /// <summary>A broken rule: something the source forbids, or that cannot be (e.g. a period that ends before it starts).</summary>
    Breach,
}

/// <summary>What a domain rule found: rules report, they never silently change data.</summary>
/// <param name="Rule">A stable code clients can match on, e.g. <c>DEPLOYMENT_OVER_THREE_YEARS</c>.</param>
/// <param name="Severity">A breach breaks a rule; a warning falls short of guidance.</param>
/// <param name="Message">What was found, in words for the person editing the record.</param>
/// <param name="Source">Where the rule is written, e.g. "003_647eae05d11896ce.txt:1076".</param>
public sealed record RuleFinding(string Rule, RuleSeverity Severity, string Message, string Source);
