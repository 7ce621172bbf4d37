namespace Rag.Domain.Common;

/// <summary>A record that is one LA's own (a school, a self-evaluation): an LA editor may change it only for their LAs.</summary>
public interface IBelongsToLocalAuthority
{
    int LocalAuthorityId { get; }
}

/// <summary>A record about one school (an inspection, a categorisation, a deployment, a visit): it is the school's LA's.</summary>
public interface IBelongsToSchool
{
    int SchoolId { get; }
}

/// <summary>A record about one visit (a section of its report): it is the visited school's LA's.</summary>
public interface IBelongsToVisit
{
    int VisitId { get; }
}
