using Rag.Domain.Common;
using Rag.Domain.Grades;

namespace Rag.Domain.Schools;

/// <summary>One Ofsted inspection outcome of a school.</summary>
public class Inspection : Record, IBelongsToSchool
{
    /// <summary>The identifier of the inspected school.</summary>
    public int SchoolId { get; set; }
    /// <summary>The inspected school.</summary>
    public School? School { get; set; }
    /// <summary>The date of the inspection.</summary>
    public DateOnly InspectedOn { get; set; }
    /// <summary>The identifier of the grade the inspection gave the school.</summary>
    public int GradeCodeId { get; set; }
    /// <summary>The Ofsted grade the inspection gave the school (e.g. G, RI, SM).</summary>
    public GradeCode? GradeCode { get; set; }
}
