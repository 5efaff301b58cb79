using System;
using System.Windows.Forms;
using Kinder.Desk.Common;
using Kinder.Desk.Forms;

namespace Kinder.Desk
{
    static class Program
    {
        [STAThread]
        static void Main()
        {
            log4net.Config.XmlConfigurator.Configure(new System.IO.FileInfo("log4net.config"));
            Application.EnableVisualStyles();
            Application.SetCompatibleTextRenderingDefault(false);
            Application.ThreadException += (s, e) =>
            {
                LogHelper.Error("未处理异常", e.Exception);
                MessageBox.Show("系统出错：" + e.Exception.Message, "错误");
            };
            using (var login = new LoginForm())
            {
                if (login.ShowDialog() != DialogResult.OK) return;
                Application.Run(new MainForm(login.CurrentUser));
            }
        }
    }
}
