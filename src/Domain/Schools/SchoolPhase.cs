namespace Rag.Domain.Schools;

public enum SchoolPhase { Nursery, Primary, Middle, Secondary, AllThrough, Special, PupilReferralUnit }
