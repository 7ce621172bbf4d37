using System.Buffers;

namespace Rag.Api.GraphQL.Rendering;

/// <summary>The bytes of a request's rendered lists, one after another in one pooled array, so a thousand small lists
/// cost no thousand arrays. Scoped: the array goes back to the pool when the request ends, after its answer is sent.</summary>
public sealed class RenderBuffer : IBufferWriter<byte>, IDisposable
{
    byte[] bytes = [];
    int written;

    public int Written => written;

    public ReadOnlySpan<byte> Slice(int start, int length) => bytes.AsSpan(start, length);

    public void Advance(int count) => written += count;

    public Memory<byte> GetMemory(int sizeHint = 0) => Reserve(sizeHint).AsMemory(written);

    public Span<byte> GetSpan(int sizeHint = 0) => Reserve(sizeHint).AsSpan(written);

    /// <summary>Forgets what was written after <paramref name="mark"/>: a list that could not be rendered.</summary>
    public void Truncate(int mark) => written = mark;

    byte[] Reserve(int sizeHint)
    {
        var needed = written + Math.Max(sizeHint, 256);
        if (needed <= bytes.Length) return bytes;
        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(needed, bytes.Length * 2));
        bytes.AsSpan(0, written).CopyTo(larger);
        Return();
        return bytes = larger;
    }

    void Return()
    {
        if (bytes.Length > 0) ArrayPool<byte>.Shared.Return(bytes);
    }

    public void Dispose()
    {
        Return();
        bytes = [];
        written = 0;
    }
}
