export const home = {
  greeting: '您好，{{name}}',
  allowances: {
    title: '资助发放',
    text: '资助发放功能上线后，待发放的学生名单和本月发放进度将显示在这里。',
    toRegister: '打开学生名册',
  },
};
