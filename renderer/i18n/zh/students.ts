export const students = {
  title: '学生',
};
