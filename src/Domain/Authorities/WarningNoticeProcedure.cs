using Rag.Domain.Common;

namespace Rag.Domain.Authorities;

/// <summary>An LA's statutory warning-notice procedure: working days a school has to comply and to appeal.</summary>
public class WarningNoticeProcedure : Record
{
    /// <summary>The identifier of the LA whose procedure it is.</summary>
    public int LocalAuthorityId { get; set; }
    /// <summary>The LA whose procedure it is.</summary>
    public LocalAuthority? LocalAuthority { get; set; }
    /// <summary>Working days a school's governing body has to comply with a warning notice (15 in Leeds).</summary>
    public int WorkingDaysToComply { get; set; }
    /// <summary>Working days a school's governing body has to appeal to Ofsted against a warning notice (15 in Leeds).</summary>
    public int WorkingDaysToAppeal { get; set; }
    /// <summary>The procedure as printed in the LA's document.</summary>
    public required string Text { get; set; }
}
