using Rag.Domain.Common;
using Rag.Domain.Grades;

namespace Rag.Domain.Schools;

/// <summary>One Ofsted inspection outcome of a school.</summary>
public class Inspection : Record
{
    public int SchoolId { get; set; }
    public School? School { get; set; }
    public DateOnly InspectedOn { get; set; }
    public int GradeCodeId { get; set; }
    public GradeCode? GradeCode { get; set; }
}
