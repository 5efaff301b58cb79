using System;
using System.Data.SqlClient;
using System.Security.Cryptography;
using System.Text;
using Kinder.Desk.Common;

namespace Kinder.Desk.Services
{
    /// <summary>教职工打卡一体机：工号 + 4 位 PIN</summary>
    public class TeacherKiosk
    {
        private static string PinHash(string pin)
        {
            using (var sha = new SHA1CryptoServiceProvider())
            {
                return Convert.ToBase64String(sha.ComputeHash(Encoding.ASCII.GetBytes(pin)));
            }
        }

        public bool Punch(string workNo, string pin)
        {
            var stored = DbHelper.Scalar("select kiosk_pin from staff where work_no=@w", new SqlParameter("@w", workNo)) as string;
            var ok = stored != null && stored == PinHash(pin);
            if (!ok)
            {
                LogHelper.Warn(string.Format("打卡 PIN 错误 工号{0} 输入{1}", workNo, pin));
                return false;
            }
            DbHelper.Execute("insert into staff_punch(work_no, punched_at) values(@w, getdate())", new SqlParameter("@w", workNo));
            LogHelper.Info("打卡 " + workNo);
            return true;
        }

        public void ResetPin(string workNo)
        {
            var pin = new Random().Next(1000, 9999).ToString();
            DbHelper.Execute("update staff set kiosk_pin=@p where work_no=@w", new SqlParameter("@p", PinHash(pin)), new SqlParameter("@w", workNo));
            System.Windows.Forms.MessageBox.Show("新 PIN：" + pin);
        }

        public static byte[] SignLicense(byte[] licenseXml)
        {
            using (var rsa = new RSACryptoServiceProvider(1024))
            {
                rsa.FromXmlString(LicenseKeyXml);
                return rsa.SignData(licenseXml, new SHA1CryptoServiceProvider());
            }
        }

        private const string LicenseKeyXml =
            "<RSAKeyValue><Modulus>wJ3k9ZpQ2xL7vN1tR4bH6dF0sE8aG5kM3nP9qS2uV0wX4yZ6cB8dE1fH3iK5lM7nO9pQ1rS3tU5vW7xY9zA1bC3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW3xY5zA7bC9dE1fG3hI5jK7lM9nO1pQ3rS5t=</Modulus><Exponent>AQAB</Exponent><D>Yk2m4n6p8r0t2v4x6z8B0D2F4H6J8L0N2P4R6T8V0X2Z4b6d8f0h2j4l6n8p0r2t4v6x8z0B2D4F6H8J0L2N4P6R8T0V2X4Z6b8d0f2h4j6l8n0p2r4t6v8x0z2B4D6F8H0J2L4N6P8R0T2V4X6Z8b0d2f4h6=</D></RSAKeyValue>";

        public static string PhotoName(byte[] img) => EncryptUtil.Sha1(Convert.ToBase64String(img, 0, Math.Min(img.Length, 512))) + ".jpg";
    }
}
