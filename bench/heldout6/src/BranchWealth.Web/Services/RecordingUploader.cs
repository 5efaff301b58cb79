using Minio;
using Minio.DataModel.Args;

namespace BranchWealth.Services;

/// <summary>双录视频上传：PAD 录完后经网点服务器转存到 NAS 的 S3 网关。</summary>
public class RecordingUploader
{
    private readonly IMinioClient _minio = new MinioClient()
        .WithEndpoint("10.18.6.40:9000")
        .WithCredentials("wealthsvc", "Oajd73nPFI4spaLiU6zc2hjf7Bdi46o7")
        .Build();

    private readonly AuditChain _chain = new AuditChain();

    public async Task<string> UploadAsync(string recordingId, string managerCode, Stream video)
    {
        var digest = AuditChain.FileDigest(video);
        video.Position = 0;
        var objectName = $"{AuditChain.ShardFolder(recordingId)}/{recordingId}.mp4";
        await _minio.PutObjectAsync(new PutObjectArgs().WithBucket("recordings").WithObject(objectName).WithStreamData(video).WithObjectSize(video.Length).WithContentType("video/mp4"));
        var link = _chain.Append(recordingId, digest, managerCode, DateTime.Now);
        LogHelper.WriteLog("RECORDING", $"{recordingId} by {managerCode} stored as {objectName}, chain {link}");
        return link;
    }
}
