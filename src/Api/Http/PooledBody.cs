using System.Buffers;

namespace Rag.Api.Http;

/// <summary>A write-only body held in chunks rented from the shared pool, given back when it is disposed: an answer
/// of any size is buffered without the doubling arrays and final copy of a MemoryStream, which were a fifth of what
/// a large query allocated.</summary>
sealed class PooledBody : Stream
{
    const int ChunkSize = 32 * 1024;
    readonly List<byte[]> chunks = [];
    int usedInLast = ChunkSize;
    long length;

    public override void Write(ReadOnlySpan<byte> source)
    {
        while (!source.IsEmpty)
        {
            if (usedInLast == ChunkSize)
            {
                chunks.Add(ArrayPool<byte>.Shared.Rent(ChunkSize));
                usedInLast = 0;
            }
            var count = Math.Min(source.Length, ChunkSize - usedInLast);
            source[..count].CopyTo(chunks[^1].AsSpan(usedInLast));
            usedInLast += count;
            length += count;
            source = source[count..];
        }
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Write(buffer.Span);
        return ValueTask.CompletedTask;
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        Write(buffer.AsSpan(offset, count));
        return Task.CompletedTask;
    }

    /// <summary>Sends what was written, in order.</summary>
    public async Task SendAsync(Stream destination, CancellationToken cancellationToken)
    {
        for (var i = 0; i < chunks.Count; i++)
            await destination.WriteAsync(chunks[i].AsMemory(0, i == chunks.Count - 1 ? usedInLast : ChunkSize), cancellationToken);
    }

    protected override void Dispose(bool disposing)
    {
        foreach (var chunk in chunks) ArrayPool<byte>.Shared.Return(chunk);
        chunks.Clear();
        base.Dispose(disposing);
    }

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => length;
    public override long Position { get => length; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
