using System;
using System.Data;
using System.Data.SqlClient;
using System.Windows.Forms;
using Kinder.Desk.Common;
using Kinder.Desk.Services;

namespace Kinder.Desk.Forms
{
    public class ChildForm : Form
    {
        private readonly StaffUser _user;
        private readonly DataGridView grid = new DataGridView { Dock = DockStyle.Fill, ReadOnly = true };
        private readonly TextBox txtSearch = new TextBox { Dock = DockStyle.Top };

        public ChildForm(StaffUser user)
        {
            _user = user;
            Text = "幼儿档案";
            Width = 1000;
            Height = 600;
            Controls.Add(grid);
            Controls.Add(txtSearch);
            txtSearch.KeyDown += (s, e) => { if (e.KeyCode == Keys.Enter) LoadData(txtSearch.Text.Trim()); };
            LoadData("");
        }

        private void LoadData(string keyword)
        {
            LogHelper.Op(_user.LoginName, "查询幼儿", keyword);
            var dt = DbHelper.Query(@"select c.id, c.name 姓名, c.gender 性别, c.birth_date 出生日期, c.class_name 班级,
                        c.allergy 过敏史, g.name 监护人, g.mobile 监护人电话
                    from child c left join guardian g on g.child_id=c.id and g.is_primary=1
                    where (@k='' or c.name like '%'+@k+'%' or g.mobile like '%'+@k+'%')
                      and (@cls is null or c.class_name=@cls)",
                new SqlParameter("@k", keyword), new SqlParameter("@cls", (object)_user.ClassName ?? DBNull.Value));
            grid.DataSource = dt;
        }

        public static void SaveChild(StaffUser user, string name, string idCardNo, DateTime birth, string allergy, string guardian, string guardianMobile)
        {
            if (idCardNo.Length != 18)
                throw new ArgumentException($"幼儿{name}身份证号{idCardNo}长度不正确");
            DbHelper.Execute("insert into child(name,id_card_no,birth_date,allergy,class_name) values(@n,@id,@b,@a,@c)",
                new SqlParameter("@n", name), new SqlParameter("@id", idCardNo), new SqlParameter("@b", birth),
                new SqlParameter("@a", allergy), new SqlParameter("@c", user.ClassName));
            LogHelper.Op(user.LoginName, "新增幼儿", name + "，过敏史：" + allergy);
            new ParentAppSync().PushChild(name, idCardNo, guardian, guardianMobile);
        }
    }
}
