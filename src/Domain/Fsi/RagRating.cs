namespace Rag.Domain.Fsi;

public enum RagRating { Red, Amber, Green }
