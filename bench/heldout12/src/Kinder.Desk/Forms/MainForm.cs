using System;
using System.Windows.Forms;
using Kinder.Desk.Common;
using Kinder.Desk.Services;

namespace Kinder.Desk.Forms
{
    public class MainForm : Form
    {
        private readonly StaffUser _user;
        private readonly MenuStrip _menu = new MenuStrip();
        private readonly StatusStrip _status = new StatusStrip();

        public MainForm(StaffUser user)
        {
            _user = user;
            Text = AppConfig.Campus + " - " + user.RealName;
            WindowState = FormWindowState.Maximized;
            var children = new ToolStripMenuItem("幼儿档案", null, (s, e) => new ChildForm(_user).Show());
            var pickup = new ToolStripMenuItem("接送核验", null, (s, e) => new PickupForm(_user).Show());
            var export = new ToolStripMenuItem("导出花名册", null, (s, e) => ExportRoster());
            var camera = new ToolStripMenuItem("教室监控", null, (s, e) => new CameraService().OpenLive(1));
            var tuition = new ToolStripMenuItem("保育费", null, (s, e) => MessageBox.Show(new TuitionService().MonthFee("大班", 22, 20).ToString("N2")));
            _menu.Items.AddRange(new ToolStripItem[] { children, pickup, export, camera, tuition });
            Controls.Add(_menu);
            Controls.Add(_status);
            _status.Items.Add("当前用户：" + user.RealName + "（" + user.Role + "）");
        }

        private void ExportRoster()
        {
            var path = new ExcelExport().ExportRoster(_user.ClassName);
            LogHelper.Op(_user.LoginName, "导出花名册", path);
            MessageBox.Show("已导出到 " + path);
        }
    }
}
