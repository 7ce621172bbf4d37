namespace Rag.Domain.Sips;

public enum AccreditationStatus { Accredited, Lapsed, Removed }
